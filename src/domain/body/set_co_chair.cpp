#include "domain/audit/use_cases.hpp"
#include "domain/body/use_cases.hpp"
#include "domain/handbook/use_cases.hpp"

namespace accord::domain {

Result<Body> setCoChair(Store& store, const Caller& caller, long long districtId, long long bodyId, long long userId,
                        UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_CHECK(mayManageBody(access, caller.user));
  auto seat = tx->bodies().member(bodyId, userId);
  if (!seat.ok()) {
    if (seat.error().code == ErrorCode::kNotFound) return invalid("user_id", "a co-chair must be a member of the body");
    return seat.takeError();
  }
  if (seat->side == "neutral") return invalid("user_id", "a co-chair must be on the labor or the management side");
  ACCORD_TRY(SideAuthority authority, mayActForSide(access, caller.user, seat->side));
  Body body = access.body;
  std::optional<long long>& chair = seat->side == "labor" ? body.laborCoChairId : body.managementCoChairId;
  bool replacing = chair.has_value() && *chair != userId;
  bool newcomer = chair != userId;
  std::optional<long long> previous = replacing ? chair : std::nullopt;
  chair = userId;
  // A new co-chair has not agreed to the charter yet: it comes up for review.
  if (replacing) body.charterReviewDue = true;
  ACCORD_CHECK(tx->bodies().update(body));
  ACCORD_CHECK(audit(*tx, districtId, caller, "body.co_chair.set", "body", bodyId,
                     {{"user_id", userId},
                      {"side", seat->side},
                      {"replaced", replacing},
                      {"acting_for", authority.side},
                      {"acting_as", authority.as}},
                     now));
  if (newcomer) ACCORD_CHECK(recordLeadershipChange(*tx, caller, body, seat->side, userId, previous, now));
  ACCORD_CHECK(tx->commit());
  return body;
}

}  // namespace accord::domain
