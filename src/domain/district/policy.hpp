#pragma once
// Who may do what with districts and their members. Checked on the first line of each use case.
#include <string>

#include "domain/account/account.hpp"
#include "domain/district/district.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// The one place that decides whether a district exists for a caller: a member gets their
// membership, anyone else kNotFound, so a district's data never leaks across tenants.
Result<Membership> memberOf(Transaction& tx, long long districtId, const User& caller);

// Creating a district is for the people who run the installation.
Result<void> mayCreateDistrict(const User& caller);

// Leaders of either side (and the district's administrators) add and invite members.
Result<void> mayManageMembers(const Membership& membership);

// The ground on which a caller acts for one side: `as` is "administrator" (an Accord administrator setting a
// district up), "leader" (a district leader of that side) or "co_chair" (a body's co-chair of that side).
// Use cases record both in their audit entry as acting_for and acting_as.
struct SideAuthority {
  std::string side;
  std::string as;
};

// The two-party rule for the district: only a side's own leaders (a superintendent, board president or
// administrator on management, a union president on labor) put people on that side; any district leader may
// add a neutral member; an Accord administrator may do either. kForbidden otherwise.
Result<SideAuthority> mayAssignSide(const Membership& membership, const User& caller, const std::string& side);

}  // namespace accord::domain
