#include "domain/audit/use_cases.hpp"
#include "domain/body/use_cases.hpp"

namespace accord::domain {

Result<BodyMember> addBodyMember(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                 const NewBodyMember& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_CHECK(mayManageBody(access, caller.user));
  if (input.seat != "member" && input.seat != "alternate") return invalid("seat", "must be member or alternate");
  auto membership = tx->districts().membership(districtId, input.userId);
  if (!membership.ok()) {
    if (membership.error().code == ErrorCode::kNotFound)
      return invalid("user_id", "this person is not a member of the district");
    return membership.takeError();
  }
  ACCORD_TRY(SideAuthority authority, mayActForSide(access, caller.user, membership->side));
  BodyMember member;
  member.bodyId = bodyId;
  member.userId = input.userId;
  member.side = membership->side;
  member.seat = input.seat;
  member.createdAt = now;
  member.userName = membership->userName;
  ACCORD_TRY(member.id, tx->bodies().insertMember(member));
  ACCORD_CHECK(audit(*tx, districtId, caller, "body.member.add", "body", bodyId,
                     {{"user_id", member.userId},
                      {"side", member.side},
                      {"seat", member.seat},
                      {"acting_for", authority.side},
                      {"acting_as", authority.as}},
                     now));
  ACCORD_CHECK(tx->commit());
  return member;
}

}  // namespace accord::domain
