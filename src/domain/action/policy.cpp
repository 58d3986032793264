#include "domain/action/policy.hpp"

#include "domain/body/body.hpp"
#include "domain/body/policy.hpp"

namespace accord::domain {

Result<void> mayWorkOnActionsOf(Transaction& tx, const Membership& caller, std::optional<long long> bodyId) {
  if (!bodyId) return Ok{};
  auto body = tx.bodies().byId(caller.districtId, *bodyId);
  if (!body.ok()) {
    if (body.error().code == ErrorCode::kNotFound) return invalid("body_id", "no such body in this district");
    return body.takeError();
  }
  if (isDistrictLeader(caller)) return Ok{};
  auto seat = tx.bodies().member(*bodyId, caller.userId);
  if (seat.ok()) return Ok{};
  if (seat.error().code != ErrorCode::kNotFound) return seat.takeError();
  return forbidden("only the body's members may work on its action items");
}

Result<void> mayChangeActionStatus(Transaction& tx, const Membership& caller, const ActionItem& item) {
  if (item.ownerId == caller.userId || isDistrictLeader(caller)) return Ok{};
  if (item.bodyId) {
    ACCORD_TRY(Body body, tx.bodies().byId(caller.districtId, *item.bodyId));
    if (body.laborCoChairId == caller.userId || body.managementCoChairId == caller.userId) return Ok{};
  }
  return forbidden("only the owner, the body's co-chairs or the district's leaders may change the status");
}

}  // namespace accord::domain
