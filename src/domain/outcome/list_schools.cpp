#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

Result<Page<School>> listSchools(Store& store, const Caller& caller, long long districtId, long long cursor,
                                 int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(outcomeReader(*tx, districtId, caller.user));
  return tx->outcomes().listSchools(districtId, cursor, limit);
}

}  // namespace accord::domain
