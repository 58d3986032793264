#pragma once
// Imports of outcome data from files: CAASPP research files, Accord's value CSV and its
// demographics CSV. Each import is a job with a status, counts and a row-level error report;
// its rows are written in one transaction, so a failed import leaves earlier data as it was.
#include <atomic>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

bool isImportFormat(std::string_view format);  // caaspp, csv, demographics

// At most this many row errors are kept per job; the count of failed rows goes on.
inline constexpr std::size_t kMaxImportErrors = 1000;

struct ImportError {
  long long id = 0;
  long long line = 0;   // 1 is the header
  std::string column;   // the column's name as the file has it, or empty for the whole row
  std::string reason;
};

struct ImportJob {
  long long id = 0;
  long long districtId = 0;
  std::string format;
  std::string fileName;
  std::string status = "running";  // running, succeeded, failed
  long long bytesTotal = 0;
  long long bytesRead = 0;
  long long rowsRead = 0;      // data lines, the header not counted
  long long rowsImported = 0;  // rows stored
  long long rowsSkipped = 0;   // rows not for this district or not wanted (other grades, tests)
  long long rowsFailed = 0;    // rows with an error, not stored
  std::string message;         // why the import failed, or a summary
  std::optional<long long> createdBy;  // empty when run from the command line
  UnixSeconds startedAt = 0;
  std::optional<UnixSeconds> finishedAt;
};

// What a running import has done so far; written by the import, read by anyone.
struct ImportProgress {
  std::atomic<long long> bytesTotal{0};
  std::atomic<long long> bytesRead{0};
  std::atomic<long long> rowsRead{0};
  std::atomic<long long> rowsImported{0};
  std::atomic<long long> rowsSkipped{0};
  std::atomic<long long> rowsFailed{0};
  std::atomic<bool> stop{false};  // set to end the import early; it then fails and rolls back
};

class ImportJobRepository {
 public:
  virtual ~ImportJobRepository() = default;
  virtual Result<long long> insert(const ImportJob& job) = 0;
  // Writes the job's status, counts, message and finish time.
  virtual Result<void> finish(const ImportJob& job) = 0;
  virtual Result<ImportJob> byId(long long districtId, long long jobId) = 0;
  // Newest first.
  virtual Result<Page<ImportJob>> list(long long districtId, long long beforeId, int limit) = 0;
  virtual Result<void> insertErrors(long long jobId, const std::vector<ImportError>& errors) = 0;
  // Says, for as long as this transaction lasts, that it is running the job: a server looking for
  // interrupted jobs (failUnclaimed) then leaves it alone, whichever server runs it.
  virtual Result<void> claim(long long jobId) = 0;
  // Ends as failed, with `message`, every job still running that started before `startedBefore`
  // and that no transaction has claimed; returns how many it ended.
  virtual Result<long long> failUnclaimed(UnixSeconds startedBefore, const std::string& message,
                                          UnixSeconds now) = 0;
  // By line.
  virtual Result<Page<ImportError>> errors(long long jobId, long long afterId, int limit) = 0;
};

}  // namespace accord::domain
