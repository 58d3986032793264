#include <set>

#include <fmt/format.h>

#include "domain/audit/use_cases.hpp"
#include "domain/selfcheck/use_cases.hpp"

namespace accord::domain {

namespace {

std::string trimmed(const std::string& text) {
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// Every input is checked before anything is written, so a bad one leaves the self-check as it was.
Result<std::vector<StructureRating>> checkRatings(const std::vector<RatingInput>& inputs, const SelfCheck& current,
                                                  const Caller& caller, UnixSeconds now) {
  if (inputs.empty()) return invalid("ratings", "names no structure to rate");
  std::set<std::string> seen;
  std::vector<StructureRating> out;
  for (const auto& in : inputs) {
    const std::string field = "ratings." + in.structure;
    if (!findStructure(in.structure)) return invalid(field, "is not a structure of the self-check");
    if (!seen.insert(in.structure).second) return invalid(field, "is named twice");
    const StructureRating* before = current.ratingOf(in.structure);
    StructureRating r;
    r.structure = in.structure;
    if (in.rating) {
      auto rating = parseRating(*in.rating);
      if (!rating)
        return invalid(field + ".rating", "must be not_existing, being_discussed, being_developed or implemented");
      r.rating = *rating;
    } else if (before) {
      r.rating = before->rating;
    } else {
      return invalid(field + ".rating", "is required for a structure not rated yet");
    }
    if (in.note) {
      r.note = trimmed(*in.note);
      if (r.note.size() > kMaxRatingNote)
        return invalid(field + ".note", fmt::format("must be at most {} characters", kMaxRatingNote));
    } else if (before) {
      r.note = before->note;
    }
    r.changedBy = caller.user.id;
    r.changedAt = now;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

Result<SelfCheckView> rateSelfCheck(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                    long long year, const std::vector<RatingInput>& inputs, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_CHECK(mayRateSelfCheck(access));
  ACCORD_TRY(int checked, checkSelfCheckYear(year, now));

  SelfCheck current;
  current.districtId = districtId;
  current.bodyId = bodyId;
  current.year = checked;
  current.createdBy = caller.user.id;
  current.createdAt = now;
  current.updatedAt = now;
  if (auto found = tx->selfChecks().byYear(districtId, bodyId, checked); found.ok())
    current = std::move(found).value();
  else if (found.error().code != ErrorCode::kNotFound)
    return found.takeError();

  ACCORD_TRY(auto ratings, checkRatings(inputs, current, caller, now));
  // Only what differs is written and audited: repeating a rating leaves who changed it last as it was.
  std::vector<const StructureRating*> changed;
  nlohmann::json changes = nlohmann::json::array();
  for (const auto& r : ratings) {
    const StructureRating* before = current.ratingOf(r.structure);
    if (before && before->rating == r.rating && before->note == r.note) continue;
    changed.push_back(&r);
    nlohmann::json from = before ? nlohmann::json(std::string(ratingCode(before->rating))) : nlohmann::json();
    changes.push_back({{"structure", r.structure},
                       {"from", from},
                       {"to", std::string(ratingCode(r.rating))},
                       {"note_changed", !before || before->note != r.note}});
  }
  if (!changed.empty()) {
    long long id = current.id;
    if (id == 0) {
      ACCORD_TRY(id, tx->selfChecks().start(current));
    }
    for (const auto* r : changed) ACCORD_CHECK(tx->selfChecks().setRating(id, *r));
    ACCORD_CHECK(tx->selfChecks().touch(id, now));
    ACCORD_CHECK(audit(*tx, districtId, caller, "self_check.rate", "self_check", id,
                       {{"body_id", bodyId}, {"year", checked}, {"changes", changes}}, now));
  }
  SelfCheckView view;
  if (changed.empty()) {
    view.check = std::move(current);
  } else {
    ACCORD_TRY(view.check, tx->selfChecks().byYear(districtId, bodyId, checked));
  }
  ACCORD_CHECK(tx->commit());
  view.maturity = assessMaturity(ratingsByStructure(view.check));
  return view;
}

}  // namespace accord::domain
