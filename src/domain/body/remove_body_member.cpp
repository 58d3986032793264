#include "domain/audit/use_cases.hpp"
#include "domain/body/use_cases.hpp"

namespace accord::domain {

Result<void> removeBodyMember(Store& store, const Caller& caller, long long districtId, long long bodyId,
                              long long userId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_CHECK(mayManageBody(access, caller.user));
  ACCORD_TRY(BodyMember seat, tx->bodies().member(bodyId, userId));
  ACCORD_TRY(SideAuthority authority, mayActForSide(access, caller.user, seat.side));
  if (access.isCoChair(userId))
    return conflict("name another co-chair before removing this one from the body", "user_id");
  ACCORD_CHECK(tx->bodies().removeMember(bodyId, userId));
  ACCORD_CHECK(audit(*tx, districtId, caller, "body.member.remove", "body", bodyId,
                     {{"user_id", userId},
                      {"side", seat.side},
                      {"acting_for", authority.side},
                      {"acting_as", authority.as}},
                     now));
  return tx->commit();
}

}  // namespace accord::domain
