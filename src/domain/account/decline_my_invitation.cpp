#include "domain/account/use_cases.hpp"

namespace accord::domain {

Result<void> declineMyInvitation(Store& store, const Caller& caller, long long invitationId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(Invitation inv, pendingInvitationOf(*tx, caller, invitationId, now));
  ACCORD_TRY(bool removed, tx->invitations().removeUnused(inv.id));
  if (!removed) return conflict("this invitation has been used already");
  return tx->commit();
}

}  // namespace accord::domain
