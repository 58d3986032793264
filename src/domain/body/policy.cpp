#include "domain/body/policy.hpp"

#include "domain/district/policy.hpp"

namespace accord::domain {

Result<BodyAccess> bodyAccess(Transaction& tx, long long districtId, long long bodyId, const User& caller) {
  BodyAccess access;
  ACCORD_TRY(access.district, memberOf(tx, districtId, caller));
  ACCORD_TRY(access.body, tx.bodies().byId(districtId, bodyId));
  auto seat = tx.bodies().member(bodyId, caller.id);
  if (seat.ok()) access.seat = std::move(seat).value();
  else if (seat.error().code != ErrorCode::kNotFound) return seat.takeError();
  return access;
}

bool isDistrictLeader(const Membership& m) { return mayManageMembers(m).ok(); }

Result<bool> isCoChairOfAnyBody(Transaction& tx, long long districtId, long long userId) {
  ACCORD_TRY(auto seats, tx.bodies().seatsOf(districtId, userId));
  for (const auto& seat : seats) {
    ACCORD_TRY(Body body, tx.bodies().byId(districtId, seat.bodyId));
    if (body.laborCoChairId == userId || body.managementCoChairId == userId) return true;
  }
  return false;
}

Result<void> mayCreateBody(const Membership& membership) {
  if (!isDistrictLeader(membership))
    return forbidden("only the district's leaders may create a joint body");
  return Ok{};
}

Result<void> mayManageBody(const BodyAccess& access, const User& caller) {
  if (access.isCoChair(caller.id) || isDistrictLeader(access.district)) return Ok{};
  return forbidden("only the body's co-chairs and the district's leaders may change it");
}

}  // namespace accord::domain
