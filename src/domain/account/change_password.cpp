#include "common/crypto.hpp"
#include "domain/account/password_guard.hpp"
#include "domain/account/rules.hpp"
#include "domain/account/use_cases.hpp"
#include "domain/meeting/meeting.hpp"

namespace accord::domain {

Result<void> changePassword(Store& store, const Config& config, const Caller& caller, const PasswordChange& input,
                            UnixSeconds now) {
  if (input.currentPassword.empty()) return invalid("current_password", "is required");
  ACCORD_CHECK(checkPassword(input.newPassword, "new_password"));
  ACCORD_TRY(bool verified,
             verifyPasswordThrottled(store, config,
                                     {caller.user.email, input.clientAddress, input.currentPassword,
                                      &caller.user.passwordHash},
                                     now));
  if (!verified) return invalid("current_password", "is not correct");
  std::string hash = crypto::hashPassword(input.newPassword);

  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(tx->users().setPassword(caller.user.id, hash));
  // Whoever held the old password may have kept a session or a calendar address; both end here.
  ACCORD_CHECK(tx->sessions().removeOthers(caller.user.id, caller.session.tokenHash));
  ACCORD_CHECK(tx->meetings().deleteFeedsOfUser(caller.user.id));
  return tx->commit();
}

}  // namespace accord::domain
