#include "domain/account/rules.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/district/policy.hpp"
#include "domain/district/use_cases.hpp"

namespace accord::domain {

Result<void> checkSideAndRole(const std::string& side, const std::string& role) {
  if (!isSide(side)) return invalid("side", "must be labor, management or neutral");
  if (!isRole(role)) return invalid("role", "is not a known role");
  return Ok{};
}

Result<Membership> addMembership(Store& store, const Caller& caller, const NewMembership& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(Membership mine, memberOf(*tx, input.districtId, caller.user));
  ACCORD_CHECK(mayManageMembers(mine));
  ACCORD_TRY(std::string email, normalizeEmail(input.email));
  ACCORD_CHECK(checkSideAndRole(input.side, input.role));
  ACCORD_TRY(SideAuthority authority, mayAssignSide(mine, caller.user, input.side));

  auto user = tx->users().byEmail(email);
  if (!user.ok()) {
    if (user.error().code == ErrorCode::kNotFound)
      return invalid("email", "no account has this email; send an invitation instead");
    return user.takeError();
  }
  Membership m;
  m.districtId = input.districtId;
  m.userId = user->id;
  m.side = input.side;
  m.role = input.role;
  m.createdAt = now;
  m.userName = user->name;
  m.userEmail = user->email;
  ACCORD_TRY(m.id, tx->districts().insertMembership(m));
  ACCORD_CHECK(audit(*tx, input.districtId, caller, "district.membership.add", "membership", m.id,
                     {{"user_id", m.userId},
                      {"side", m.side},
                      {"role", m.role},
                      {"acting_for", authority.side},
                      {"acting_as", authority.as}},
                     now));
  ACCORD_CHECK(tx->commit());
  return m;
}

}  // namespace accord::domain
