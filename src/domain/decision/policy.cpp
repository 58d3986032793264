#include "domain/decision/policy.hpp"

#include "domain/linked_id.hpp"

namespace accord::domain {

Result<DecisionAccess> decisionAccess(Transaction& tx, long long districtId, long long decisionId,
                                      const User& caller) {
  DecisionAccess access;
  // The district first: to a stranger, an id of the district and an id of nothing answer alike.
  ACCORD_TRY(Membership district, memberOf(tx, districtId, caller));
  ACCORD_TRY(access.decision, tx.decisions().byId(districtId, decisionId));
  ACCORD_TRY(access.body, bodyAccess(tx, std::move(district), access.decision.bodyId, caller));
  if (access.decision.confidential && !access.body.isMember()) return notFound("no such decision");
  return access;
}

Result<Decision> linkedDecision(Transaction& tx, long long districtId, long long decisionId,
                                std::optional<long long> fromBody, const User& caller, const char* field) {
  auto access = decisionAccess(tx, districtId, decisionId, caller);
  if (!access.ok()) {
    if (access.error().code == ErrorCode::kNotFound) return linkNotFound(field, "no such decision in this district");
    return access.takeError();
  }
  if (access->decision.confidential && fromBody != access->decision.bodyId)
    return linkNotFound(field, "a confidential decision is linked only from its own body");
  return std::move(access->decision);
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
