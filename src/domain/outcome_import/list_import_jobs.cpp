#include "domain/outcome/policy.hpp"
#include "domain/outcome_import/use_cases.hpp"

namespace accord::domain {

Result<Page<ImportJob>> listImportJobs(Store& store, const Caller& caller, long long districtId, long long cursor,
                                       int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(outcomeReader(*tx, districtId, caller.user));
  return tx->imports().list(districtId, cursor, limit);
}

}  // namespace accord::domain
