#include "common/crypto.hpp"
#include "domain/account/rules.hpp"
#include "domain/account/use_cases.hpp"

namespace accord::domain {

Result<void> changePassword(Store& store, const Caller& caller, const PasswordChange& input) {
  if (input.currentPassword.empty()) return invalid("current_password", "is required");
  ACCORD_CHECK(checkPassword(input.newPassword, "new_password"));
  if (!crypto::verifyPassword(input.currentPassword, caller.user.passwordHash))
    return invalid("current_password", "is not correct");
  std::string hash = crypto::hashPassword(input.newPassword);

  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(tx->users().setPassword(caller.user.id, hash));
  ACCORD_CHECK(tx->sessions().removeOthers(caller.user.id, caller.session.tokenHash));
  return tx->commit();
}

}  // namespace accord::domain
