#include "domain/charter/use_cases.hpp"

namespace accord::domain {

Result<Page<CharterVersion>> listCharterVersions(Store& store, const Caller& caller, long long districtId,
                                                 long long bodyId, long long cursor, int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(bodyAccess(*tx, districtId, bodyId, caller.user));
  return tx->charters().list(districtId, bodyId, cursor, limit);
}

}  // namespace accord::domain
