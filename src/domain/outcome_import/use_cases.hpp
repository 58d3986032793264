#pragma once
// Imports. Each function is one use case, in a file of the same name.
#include <functional>
#include <istream>
#include <string>

#include "domain/account/use_cases.hpp"
#include "domain/outcome_import/import.hpp"

namespace accord::domain {

struct ImportRequest {
  long long districtId = 0;
  std::string format;  // caaspp, csv, demographics
  std::string fileName;
  long long bytesTotal = 0;
};

// Records a running job. `caller` is empty for the command line, whose user runs Accord itself;
// through the API the caller must keep the district's outcomes (outcomeEditor). A CAASPP import
// needs the district's state code, to find its rows.
Result<ImportJob> startImport(Store& store, const Caller* caller, const ImportRequest& request, UnixSeconds now);

// Whether the caller may import files into the district (as startImport asks), before a large
// file is sent to the server in parts.
Result<void> checkImporter(Store& store, const Caller& caller, long long districtId);

// Runs a started job: reads `in` line by line, never whole, and writes its rows in one
// transaction; then records the job's outcome and its row errors. A file that is not of the
// format, a read error, or `progress.stop` fails the job and leaves the data as it was.
// `onProgress` is called every few thousand rows and at the end; `clock` gives the time.
struct ImportRun {
  ImportJob job;
  std::vector<ImportError> errors;  // as recorded: at most kMaxImportErrors
};
Result<ImportRun> runImport(Store& store, long long districtId, long long jobId, std::istream& in,
                            ImportProgress& progress, const std::function<void()>& onProgress,
                            const std::function<UnixSeconds()>& clock);

// Ends as `failed: interrupted` every job found running that nobody runs any more: its server
// stopped, or lost the database, before the job could record its end. A job younger than a
// minute is left alone (it may not have begun its transaction yet). Returns how many it ended.
Result<long long> endInterruptedImports(Store& store, UnixSeconds now);

// `live`, when given, is the progress of the job running in this process: its counts are newer
// than the stored ones.
Result<ImportJob> getImportJob(Store& store, const Caller& caller, long long districtId, long long jobId,
                               const ImportProgress* live);
Result<Page<ImportJob>> listImportJobs(Store& store, const Caller& caller, long long districtId, long long cursor,
                                       int limit);
Result<Page<ImportError>> listImportErrors(Store& store, const Caller& caller, long long districtId,
                                           long long jobId, long long cursor, int limit);

}  // namespace accord::domain
