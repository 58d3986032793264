#include <algorithm>

#include "domain/audit/use_cases.hpp"
#include "domain/charter/use_cases.hpp"
#include "domain/notification/notification_subject.hpp"
#include "domain/notification/notify.hpp"

namespace accord::domain {

Result<CharterVersion> updateCharter(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                     long long versionId, const CharterInput& input, UnixSeconds now,
                                     std::vector<long long>* notified) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_CHECK(mayDraftCharter(access, caller.user));
  ACCORD_TRY(CharterVersion version, tx->charters().byId(districtId, bodyId, versionId));
  ACCORD_CHECK(mayEditCharterVersion(version));
  ACCORD_CHECK(applyCharterInput(version, input));
  version.updatedAt = now;
  // What was signed is no longer what the draft says: everyone signs again.
  const std::vector<CharterSigner> before = version.signers;
  std::vector<SideAuthority> actingFor;
  if (input.signers) {
    ACCORD_TRY(version.signers, designateSigners(*tx, access.body, *input.signers));
    ACCORD_TRY(actingFor, mayChangeSigners(access, caller.user, before, version.signers));
    ACCORD_CHECK(tx->charters().setSigners(version.id, version.signers));
  } else {
    ACCORD_CHECK(tx->charters().clearSignatures(version.id));
    for (auto& s : version.signers) s.signedAt.reset();
  }
  ACCORD_CHECK(tx->charters().update(version));
  // Those who had signed sign again, and new signers for the first time; the others were told already.
  std::vector<long long> waitedOn;
  for (const auto& s : version.signers) {
    auto was = std::find_if(before.begin(), before.end(), [&](const CharterSigner& b) { return b.userId == s.userId; });
    if (was == before.end() || was->signedAt) waitedOn.push_back(s.userId);
  }
  ACCORD_TRY(auto told,
             notify(*tx, {districtId, "signature", {kCharterSubject, bodyId}, caller.user.id, now}, waitedOn));
  nlohmann::json changed = nlohmann::json::array();
  for (auto [given, name] : {std::pair{input.mission.has_value(), "mission"},
                             std::pair{input.principles.has_value(), "principles"},
                             std::pair{input.norms.has_value(), "norms"},
                             std::pair{input.reviewDate.has_value(), "review_date"},
                             std::pair{input.signers.has_value(), "signers"}})
    if (given) changed.push_back(name);
  ACCORD_CHECK(audit(*tx, districtId, caller, "charter.edit", "charter_version", version.id,
                     {{"body_id", bodyId},
                      {"number", version.number},
                      {"changed", changed},
                      {"signers_chosen_for", signerChoices(actingFor)}},
                     now));
  ACCORD_CHECK(tx->commit());
  addNotified(notified, told);
  return version;
}

}  // namespace accord::domain
