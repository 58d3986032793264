#include "domain/account/use_cases.hpp"

namespace accord::domain {

Result<std::vector<Invitation>> listMyInvitations(Store& store, const Caller& caller, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.readOneStatement());
  return tx->invitations().pendingForEmail(caller.user.email, now);
}

}  // namespace accord::domain
