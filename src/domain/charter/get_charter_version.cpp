#include "domain/charter/use_cases.hpp"

namespace accord::domain {

Result<CharterVersion> getCharterVersion(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                         long long versionId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(bodyAccess(*tx, districtId, bodyId, caller.user));
  return tx->charters().byId(districtId, bodyId, versionId);
}

}  // namespace accord::domain
