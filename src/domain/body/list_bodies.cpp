#include "domain/body/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<Page<Body>> listBodies(Store& store, const Caller& caller, long long districtId, long long cursor, int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  return tx->bodies().list(districtId, cursor, limit);
}

}  // namespace accord::domain
