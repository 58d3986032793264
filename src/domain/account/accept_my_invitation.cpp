#include "domain/account/use_cases.hpp"

namespace accord::domain {

Result<Invitation> pendingInvitationOf(Transaction& tx, const Caller& caller, long long invitationId,
                                       UnixSeconds now) {
  auto found = tx.invitations().byId(invitationId);
  if (!found.ok()) {
    if (found.error().code == ErrorCode::kNotFound) return notFound("no such invitation");
    return found.takeError();
  }
  // Someone else's invitation is answered as if it did not exist.
  if (found->email != caller.user.email) return notFound("no such invitation");
  if (found->usedAt) return conflict("this invitation has been used already");
  if (found->expiresAt <= now) return invalid("invitation", "this invitation has expired; ask for a new one");
  return found;
}

Result<Invitation> acceptMyInvitation(Store& store, const Caller& caller, long long invitationId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(Invitation inv, pendingInvitationOf(*tx, caller, invitationId, now));
  ACCORD_CHECK(joinInvitedDistrict(*tx, inv, caller.user, now));
  ACCORD_CHECK(tx->commit());
  return inv;
}

}  // namespace accord::domain
