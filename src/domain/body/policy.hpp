#pragma once
// Who may see and change a joint body. Every body-scoped use case starts with bodyAccess().
#include <optional>
#include <string>
#include <vector>

#include "domain/account/account.hpp"
#include "domain/body/body.hpp"
#include "domain/district/district.hpp"
#include "domain/district/policy.hpp"
#include "domain/store.hpp"

namespace accord::domain {

struct BodyAccess {
  Membership district;            // the caller's district membership
  Body body;
  std::optional<BodyMember> seat;  // the caller's seat in the body, if any

  bool isMember() const { return seat.has_value(); }
  bool isCoChair(long long userId) const {
    return body.laborCoChairId == userId || body.managementCoChairId == userId;
  }
};

// The district must be the caller's (else kNotFound) and the body must be in it (else kNotFound).
Result<BodyAccess> bodyAccess(Transaction& tx, long long districtId, long long bodyId, const User& caller);
// The same, for a caller whose membership of the district is already known (memberOf).
Result<BodyAccess> bodyAccess(Transaction& tx, Membership district, long long bodyId, const User& caller);

// The district's leaders: superintendent, union president, board president, administrator.
bool isDistrictLeader(const Membership& membership);

// Whether the user co-chairs any body of the district.
Result<bool> isCoChairOfAnyBody(Transaction& tx, long long districtId, long long userId);

// Creating bodies is for the district's leaders.
Result<void> mayCreateBody(const Membership& membership);
// Changing a body (rule, seats, co-chairs, members) is for its co-chairs and the district's leaders;
// what concerns one side is further limited by mayActForSide.
Result<void> mayManageBody(const BodyAccess& access, const User& caller);

// The two-party rule: who sits for a side, who co-chairs for it, how many seats it has and who signs its
// charter are chosen by that side alone: its district leaders (mayAssignSide) or its co-chair of this body.
// Neutral seats (facilitators, recorders) are for either co-chair and any district leader. An Accord
// administrator may act for any side, to set a district up. kForbidden otherwise.
Result<SideAuthority> mayActForSide(const BodyAccess& access, const User& caller, const std::string& side);

// The sides (labor, management, neutral, in that order) the caller may act for in the body; empty for
// anyone who may not manage it.
std::vector<std::string> sidesActedFor(const BodyAccess& access, const User& caller);

}  // namespace accord::domain
