#include "domain/body/policy.hpp"

#include "domain/district/policy.hpp"

#include <fmt/format.h>

namespace accord::domain {

Result<BodyAccess> bodyAccess(Transaction& tx, long long districtId, long long bodyId, const User& caller) {
  ACCORD_TRY(Membership district, memberOf(tx, districtId, caller));
  return bodyAccess(tx, std::move(district), bodyId, caller);
}

Result<BodyAccess> bodyAccess(Transaction& tx, Membership district, long long bodyId, const User& caller) {
  BodyAccess access;
  access.district = std::move(district);
  ACCORD_TRY(BodyWithSeat found, tx.bodies().withSeatOf(access.district.districtId, bodyId, caller.id));
  access.body = std::move(found.body);
  access.seat = std::move(found.seat);
  if (access.seat) access.seat->userName = caller.name;
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

Result<SideAuthority> mayActForSide(const BodyAccess& access, const User& caller, const std::string& side) {
  if (auto district = mayAssignSide(access.district, caller, side); district.ok()) return district;
  const auto& chair = side == "labor" ? access.body.laborCoChairId : access.body.managementCoChairId;
  bool coChair = side == "neutral" ? access.isCoChair(caller.id) : chair == caller.id;
  if (coChair) return SideAuthority{side, "co_chair"};
  if (side == "neutral")
    return forbidden("only the body's co-chairs and the district's leaders may change its neutral seats");
  return forbidden(fmt::format("only the {0} side's leaders and its co-chair may change who sits, co-chairs or signs "
                               "for the {0} side",
                               side));
}

std::vector<std::string> sidesActedFor(const BodyAccess& access, const User& caller) {
  std::vector<std::string> sides;
  if (!mayManageBody(access, caller).ok()) return sides;
  for (const char* side : {"labor", "management", "neutral"})
    if (mayActForSide(access, caller, side).ok()) sides.emplace_back(side);
  return sides;
}

}  // namespace accord::domain
