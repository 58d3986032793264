#include "domain/account/use_cases.hpp"

namespace accord::domain {

Result<void> logOut(Store& store, const Caller& caller) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(tx->sessions().remove(caller.session.tokenHash));
  return tx->commit();
}

}  // namespace accord::domain
