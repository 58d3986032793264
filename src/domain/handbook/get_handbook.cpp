#include <algorithm>
#include <limits>
#include <map>

#include "common/calendar_date.hpp"
#include "domain/district/policy.hpp"
#include "domain/handbook/use_cases.hpp"

namespace accord::domain {

namespace {

Result<std::vector<HandbookBody>> bodiesOf(Transaction& tx, long long districtId, UnixSeconds now) {
  std::vector<HandbookBody> out;
  long long cursor = 0;
  do {
    ACCORD_TRY(auto page, tx.bodies().list(districtId, cursor, 100));
    for (auto& body : page.items) {
      HandbookBody hb;
      ACCORD_TRY(auto members, tx.bodies().members(body.id));
      auto person = [&](std::optional<long long> id) -> std::optional<HandbookPerson> {
        if (!id) return std::nullopt;
        for (const auto& m : members)
          if (m.userId == *id) return HandbookPerson{m.userId, m.userName};
        return HandbookPerson{*id, ""};
      };
      hb.laborCoChair = person(body.laborCoChairId);
      hb.managementCoChair = person(body.managementCoChairId);
      auto charter = tx.charters().inForce(districtId, body.id);
      if (charter.ok()) {
        hb.charter = std::move(charter).value();
        hb.charterReviewDue = charterReviewDue(hb.charter->reviewDate, isoDateOf(now), body.charterReviewDue);
      } else if (charter.error().code != ErrorCode::kNotFound) {
        return charter.takeError();
      }
      hb.body = std::move(body);
      out.push_back(std::move(hb));
    }
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

Result<std::vector<Decision>> adoptedDecisions(Transaction& tx, long long districtId, long long viewerId) {
  DecisionFilter filter;
  filter.status = "adopted";
  filter.viewerId = viewerId;
  std::vector<Decision> out;
  long long cursor = 0;
  do {
    ACCORD_TRY(auto page, tx.decisions().list(districtId, filter, cursor, 100));
    for (auto& d : page.items) out.push_back(std::move(d));
    cursor = page.nextCursor;
  } while (cursor && static_cast<int>(out.size()) < kHandbookListLimit);
  std::sort(out.begin(), out.end(), [](const Decision& a, const Decision& b) {
    return std::make_pair(a.closedAt.value_or(a.createdAt), a.id) > std::make_pair(b.closedAt.value_or(b.createdAt), b.id);
  });
  if (static_cast<int>(out.size()) > kHandbookListLimit) out.resize(kHandbookListLimit);
  return out;
}

Result<std::vector<Milestone>> timelineOf(Transaction& tx, long long districtId, long long viewerId,
                                          const std::vector<HandbookBody>& bodies) {
  std::vector<Milestone> out;
  for (const auto& hb : bodies) {
    Milestone m;
    m.type = "body_created";
    m.at = hb.body.createdAt;
    m.bodyId = m.subjectId = hb.body.id;
    m.bodyName = m.title = hb.body.name;
    out.push_back(std::move(m));
  }
  // The handbook is the partnership's whole history.
  ACCORD_TRY(auto events, tx.outcomes().timeline(districtId, viewerId, 0, std::numeric_limits<UnixSeconds>::max(),
                                                 std::numeric_limits<long long>::max()));
  for (const auto& e : events) {
    Milestone m;
    m.type = e.type == "decision" ? "decision_adopted" : "charter_in_force";
    m.at = e.type == "decision" ? e.closedAt.value_or(e.at) : e.effectiveAt.value_or(e.at);
    m.bodyId = e.bodyId;
    m.bodyName = e.bodyName;
    m.subjectId = e.id;
    m.title = e.title;
    m.number = e.charterNumber;
    out.push_back(std::move(m));
  }
  ACCORD_TRY(auto changes, tx.handbook().leadershipChanges(districtId));
  for (const auto& c : changes) {
    Milestone m;
    m.type = "co_chair_appointed";
    m.at = c.at;
    m.bodyId = c.bodyId;
    m.bodyName = c.bodyName;
    m.subjectId = c.userId;
    m.title = c.userName;
    m.side = c.side;
    out.push_back(m);
    if (c.reviewVersionId) {
      m.type = "charter_review_opened";
      m.subjectId = *c.reviewVersionId;
      m.number = c.reviewNumber;
      m.title.clear();
      m.side.clear();
      out.push_back(std::move(m));
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Milestone& a, const Milestone& b) { return a.at < b.at; });
  return out;
}

Result<std::vector<HandbookOutcome>> outcomesOf(Transaction& tx, long long districtId) {
  ACCORD_TRY(auto metrics, tx.outcomes().listMetrics(districtId));
  SeriesQuery query;
  query.group = kAllStudents;
  ACCORD_TRY(auto values, tx.outcomes().series(districtId, query));
  std::map<long long, std::map<int, OutcomePoint>> byMetric;
  for (const auto& v : values) {
    if (v.scope != "district" && v.scope != "state") continue;
    OutcomePoint& p = byMetric[v.metricId][v.year];
    p.year = v.year;
    (v.scope == "district" ? p.district : p.state) = v.value;
  }
  std::vector<HandbookOutcome> out;
  for (const auto& metric : metrics) {
    auto found = byMetric.find(metric.id);
    if (found == byMetric.end()) continue;
    HandbookOutcome o;
    o.metric = metric;
    for (const auto& [year, point] : found->second) o.points.push_back(point);
    out.push_back(std::move(o));
  }
  return out;
}

Result<std::vector<ActionItem>> openCommitments(Transaction& tx, long long districtId) {
  std::vector<ActionItem> out;
  for (const char* status : {"open", "in_progress"}) {
    ActionFilter filter;
    filter.status = status;
    long long cursor = 0;
    do {
      ACCORD_TRY(auto page, tx.actionItems().list(districtId, filter, cursor, 100));
      for (auto& item : page.items) out.push_back(std::move(item));
      cursor = page.nextCursor;
    } while (cursor && static_cast<int>(out.size()) < kHandbookListLimit);
  }
  std::sort(out.begin(), out.end(),
            [](const ActionItem& a, const ActionItem& b) { return std::tie(a.dueDate, a.id) < std::tie(b.dueDate, b.id); });
  if (static_cast<int>(out.size()) > kHandbookListLimit) out.resize(kHandbookListLimit);
  return out;
}

// The whole handbook in one read transaction; `viewerId` 0 sits on no body and so sees no
// confidential decision.
Result<Handbook> readHandbook(Transaction& tx, const District& district, long long viewerId, UnixSeconds now) {
  Handbook h;
  h.district = district;
  h.generatedOn = isoDateOf(now);
  ACCORD_TRY(h.bodies, bodiesOf(tx, district.id, now));
  ACCORD_TRY(h.decisions, adoptedDecisions(tx, district.id, viewerId));
  ACCORD_TRY(h.timeline, timelineOf(tx, district.id, viewerId, h.bodies));
  ACCORD_TRY(h.outcomes, outcomesOf(tx, district.id));
  ACCORD_TRY(h.commitments, openCommitments(tx, district.id));
  return h;
}

}  // namespace

Result<Handbook> getHandbook(Store& store, const Caller& caller, long long districtId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  ACCORD_TRY(District district, tx->districts().byId(districtId));
  return readHandbook(*tx, district, caller.user.id, now);
}

Result<Handbook> exportHandbook(Store& store, const std::string& districtRef, UnixSeconds now) {
  if (districtRef.empty()) return invalid("district", "name the district by its id or its name");
  ACCORD_TRY(auto tx, store.read());
  bool numeric = std::all_of(districtRef.begin(), districtRef.end(), [](char c) { return c >= '0' && c <= '9'; });
  Result<District> district = numeric && districtRef.size() < 18 ? tx->districts().byId(std::stoll(districtRef))
                                                                 : tx->districts().byName(districtRef);
  if (!district.ok() && numeric && district.error().code == ErrorCode::kNotFound)
    district = tx->districts().byName(districtRef);
  if (!district.ok()) {
    if (district.error().code == ErrorCode::kNotFound)
      return notFound("no district has the id or the name \"" + districtRef + "\"");
    return district.takeError();
  }
  return readHandbook(*tx, *district, 0, now);
}

}  // namespace accord::domain
