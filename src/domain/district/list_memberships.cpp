#include "domain/district/policy.hpp"
#include "domain/district/use_cases.hpp"

namespace accord::domain {

Result<Page<Membership>> listMemberships(Store& store, const Caller& caller, long long districtId, long long cursor,
                                         int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  return tx->districts().listMemberships(districtId, cursor, limit);
}

}  // namespace accord::domain
