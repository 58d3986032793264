#include "domain/district/policy.hpp"

#include <fmt/format.h>

namespace accord::domain {

Result<Membership> memberOf(Transaction& tx, long long districtId, const User& caller) {
  auto membership = tx.districts().membership(districtId, caller.id);
  if (!membership.ok() && membership.error().code == ErrorCode::kNotFound) return notFound("no such district");
  return membership;
}

Result<void> mayCreateDistrict(const User& caller) {
  if (!caller.admin) return forbidden("only an Accord administrator may create a district");
  return Ok{};
}

Result<void> mayManageMembers(const Membership& membership) {
  const auto& role = membership.role;
  if (role == "superintendent" || role == "union_president" || role == "board_president" ||
      role == "administrator")
    return Ok{};
  return forbidden("only the superintendent, the union president, the board president or an administrator "
                   "may manage members");
}

Result<SideAuthority> mayAssignSide(const Membership& membership, const User& caller, const std::string& side) {
  if (caller.admin) return SideAuthority{side, "administrator"};
  if (mayManageMembers(membership).ok() && (side == "neutral" || membership.side == side))
    return SideAuthority{side, "leader"};
  Error refused = forbidden(fmt::format("only the {} side's own leaders may act for the {} side", side, side));
  refused.field = "side";
  return refused;
}

}  // namespace accord::domain
