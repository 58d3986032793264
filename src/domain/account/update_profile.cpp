#include "domain/account/rules.hpp"
#include "domain/account/use_cases.hpp"

namespace accord::domain {

Result<User> updateProfile(Store& store, const Caller& caller, const UpdateProfile& input) {
  User user = caller.user;
  if (input.name) {
    ACCORD_TRY(user.name, checkName(*input.name));
  }
  if (input.locale) {
    ACCORD_CHECK(checkLocale(*input.locale));
    user.locale = *input.locale;
  }
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(tx->users().setProfile(user.id, user.name, user.locale));
  ACCORD_CHECK(tx->commit());
  return user;
}

}  // namespace accord::domain
