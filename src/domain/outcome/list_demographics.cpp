#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

Result<Page<Demographics>> listDemographics(Store& store, const Caller& caller, long long districtId,
                                            const DemographicsFilter& filter, long long cursor, int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(outcomeReader(*tx, districtId, caller.user));
  return tx->outcomes().listDemographics(districtId, filter, cursor, limit);
}

}  // namespace accord::domain
