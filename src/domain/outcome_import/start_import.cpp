#include "domain/audit/use_cases.hpp"
#include "domain/district/district.hpp"
#include "domain/outcome/policy.hpp"
#include "domain/outcome_import/use_cases.hpp"

namespace accord::domain {

Result<ImportJob> startImport(Store& store, const Caller* caller, const ImportRequest& request, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  if (caller) ACCORD_CHECK(outcomeEditor(*tx, request.districtId, caller->user));
  ACCORD_TRY(District district, tx->districts().byId(request.districtId));
  if (!isImportFormat(request.format)) return invalid("format", "must be caaspp, csv or demographics");
  if (request.format == "caaspp" && district.stateCode.empty())
    return invalid("state_code", "set the district's state code (its county and district CDS code) before "
                                 "importing CAASPP files, so that its rows can be found");
  if (request.fileName.size() > 255) return invalid("file_name", "is longer than 255 characters");
  ImportJob job;
  job.districtId = request.districtId;
  job.format = request.format;
  job.fileName = request.fileName;
  job.status = "running";
  job.bytesTotal = request.bytesTotal;
  if (caller) job.createdBy = caller->user.id;
  job.startedAt = now;
  ACCORD_TRY(job.id, tx->imports().insert(job));
  if (caller)
    ACCORD_CHECK(audit(*tx, request.districtId, *caller, "import.start", "import", job.id,
                       {{"format", job.format}, {"file_name", job.fileName}, {"bytes", job.bytesTotal}}, now));
  ACCORD_CHECK(tx->commit());
  return job;
}

}  // namespace accord::domain
