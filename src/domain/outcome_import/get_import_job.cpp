#include "domain/outcome/policy.hpp"
#include "domain/outcome_import/use_cases.hpp"

namespace accord::domain {

Result<ImportJob> getImportJob(Store& store, const Caller& caller, long long districtId, long long jobId,
                               const ImportProgress* live) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(outcomeReader(*tx, districtId, caller.user));
  ACCORD_TRY(ImportJob job, tx->imports().byId(districtId, jobId));
  if (live && job.status == "running") {
    job.bytesRead = live->bytesRead;
    job.rowsRead = live->rowsRead;
    job.rowsImported = live->rowsImported;
    job.rowsSkipped = live->rowsSkipped;
    job.rowsFailed = live->rowsFailed;
  }
  return job;
}

}  // namespace accord::domain
