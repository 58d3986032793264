#include "domain/district/policy.hpp"
#include "domain/practice/use_cases.hpp"

namespace accord::domain {

Result<Page<Practice>> listDistrictPractices(Store& store, const Caller& caller, long long districtId,
                                             long long cursor, int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  return tx->practices().listOfDistrict(districtId, cursor, limit);
}

}  // namespace accord::domain
