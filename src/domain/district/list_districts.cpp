#include "domain/district/use_cases.hpp"

namespace accord::domain {

Result<Page<District>> listDistricts(Store& store, const Caller& caller, long long cursor, int limit) {
  ACCORD_TRY(auto tx, store.read());
  return tx->districts().listForUser(caller.user.id, cursor, limit);
}

}  // namespace accord::domain
