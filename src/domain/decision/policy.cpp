#include "domain/decision/policy.hpp"

namespace accord::domain {

Result<DecisionAccess> decisionAccess(Transaction& tx, long long districtId, long long decisionId,
                                      const User& caller) {
  DecisionAccess access;
  ACCORD_TRY(access.decision, tx.decisions().byId(districtId, decisionId));
  ACCORD_TRY(access.body, bodyAccess(tx, districtId, access.decision.bodyId, caller));
  if (access.decision.confidential && !access.body.isMember()) return notFound("no such decision");
  return access;
}

Result<void> mayPropose(const BodyAccess& access) {
  if (!access.isMember()) return forbidden("only the members of the body make proposals in it");
  return Ok{};
}

Result<void> mayTakeStance(const BodyAccess& access) {
  if (!access.isMember()) return forbidden("only the members of the body take a stance");
  if (access.seat->side == "neutral") return forbidden("neutral members do not vote");
  if (access.seat->seat != "member") return forbidden("alternates do not vote");
  return Ok{};
}

}  // namespace accord::domain
