#include "common/crypto.hpp"
#include "domain/account/rules.hpp"
#include "domain/account/use_cases.hpp"

namespace accord::domain {

Result<User> addUser(Store& store, const NewUser& input, UnixSeconds now) {
  User user;
  ACCORD_TRY(user.email, normalizeEmail(input.email));
  ACCORD_TRY(user.name, checkName(input.name));
  ACCORD_CHECK(checkLocale(input.locale));
  ACCORD_CHECK(checkPassword(input.password));
  user.locale = input.locale;
  user.admin = input.admin;
  user.passwordHash = crypto::hashPassword(input.password);
  user.createdAt = now;

  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(user.id, tx->users().insert(user));
  ACCORD_CHECK(tx->commit());
  return user;
}

}  // namespace accord::domain
