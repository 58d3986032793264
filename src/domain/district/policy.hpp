#pragma once
// Who may do what with districts and their members. Checked on the first line of each use case.
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

}  // namespace accord::domain
