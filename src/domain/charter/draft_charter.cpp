#include "domain/audit/use_cases.hpp"
#include "domain/charter/use_cases.hpp"
#include "domain/notification/notification_subject.hpp"
#include "domain/notification/notify.hpp"

namespace accord::domain {

Result<CharterVersion> draftCharter(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                    const CharterInput& input, UnixSeconds now,
                                    std::vector<long long>* notified) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_CHECK(mayDraftCharter(access, caller.user));
  if (!input.mission) return invalid("mission", "is required");
  if (!input.reviewDate) return invalid("review_date", "is required");
  CharterVersion version;
  version.districtId = districtId;
  version.bodyId = bodyId;
  version.createdBy = caller.user.id;
  version.createdAt = version.updatedAt = now;
  ACCORD_CHECK(applyCharterInput(version, input));
  ACCORD_TRY(version.signers, designateSigners(*tx, access.body, input.signers.value_or(std::vector<long long>{})));
  ACCORD_TRY(auto actingFor, mayChangeSigners(access, caller.user, coChairSigners(access.body), version.signers));
  ACCORD_TRY(version.number, tx->charters().nextNumber(bodyId));
  ACCORD_TRY(version.id, tx->charters().insert(version));
  ACCORD_CHECK(tx->charters().setSigners(version.id, version.signers));
  std::vector<long long> signerIds;
  for (const auto& s : version.signers) signerIds.push_back(s.userId);
  ACCORD_TRY(auto told,
             notify(*tx, {districtId, "signature", {kCharterSubject, bodyId}, caller.user.id, now}, signerIds));
  ACCORD_CHECK(audit(*tx, districtId, caller, "charter.draft", "charter_version", version.id,
                     {{"body_id", bodyId},
                      {"number", version.number},
                      {"signers", signerIds},
                      {"signers_chosen_for", signerChoices(actingFor)}},
                     now));
  ACCORD_CHECK(tx->commit());
  addNotified(notified, told);
  return version;
}

}  // namespace accord::domain
