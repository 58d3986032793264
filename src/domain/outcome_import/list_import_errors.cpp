#include "domain/outcome/policy.hpp"
#include "domain/outcome_import/use_cases.hpp"

namespace accord::domain {

Result<Page<ImportError>> listImportErrors(Store& store, const Caller& caller, long long districtId,
                                           long long jobId, long long cursor, int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(outcomeReader(*tx, districtId, caller.user));
  ACCORD_CHECK(tx->imports().byId(districtId, jobId));
  return tx->imports().errors(jobId, cursor, limit);
}

}  // namespace accord::domain
