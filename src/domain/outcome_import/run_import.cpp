#include <chrono>
#include <thread>

#include "common/text.hpp"
#include "domain/district/district.hpp"
#include "domain/outcome/rules.hpp"
#include "domain/outcome_import/delimited.hpp"
#include "domain/outcome_import/readers.hpp"
#include "domain/outcome_import/use_cases.hpp"

namespace accord::domain {

namespace {

// Rows written per repository call, and rows between progress reports.
constexpr std::size_t kWriteBatch = 2000;
constexpr long long kReportEvery = 4096;
// How often, and how far apart, a job's end is recorded again while the database is away.
constexpr int kFinishAttempts = 60;
constexpr auto kFinishRetryPause = std::chrono::seconds(1);

struct Run {
  Store& store;
  ImportJob& job;
  ImportProgress& progress;
  const std::function<void()>& onProgress;
  UnixSeconds now;
  std::vector<ImportError> errors;
  long long districtRows = 0;  // rows of the district or its schools, as opposed to the state's

  void report(long long line, std::string column, std::string reason) {
    if (errors.size() < kMaxImportErrors) errors.push_back({0, line, std::move(column), std::move(reason)});
  }

  // Every row in one transaction: any error returned here rolls all of them back.
  Result<void> rows(std::istream& in) {
    ACCORD_TRY(auto tx, store.write());
    ACCORD_CHECK(tx->imports().claim(job.id));
    ACCORD_TRY(District district, tx->districts().byId(job.districtId));
    ImportContext context;
    context.districtCode = district.stateCode;
    context.currentYear = yearOf(now);
    ACCORD_TRY(auto metrics, tx->outcomes().listMetrics(job.districtId));
    for (auto& m : metrics) context.metrics.emplace(m.key, std::move(m));
    ACCORD_TRY(auto schools, tx->outcomes().allSchools(job.districtId));
    for (const auto& s : schools)
      if (s.stateCode) context.schools.emplace(*s.stateCode, s.id);
    auto reader = makeRowReader(job.format, context);
    if (!reader) return invalid("format", "must be caaspp, csv or demographics");

    LineReader lines(in);
    std::string line;
    if (!lines.next(line)) {
      if (lines.failed()) return invalid("file", "the file could not be read");
      return invalid("file", "the file is empty");
    }
    if (!isCleanText(line)) return invalid("file", "the file is not UTF-8 text; save it as UTF-8 CSV and try again");
    auto header = reader->header(line);
    if (!header.ok()) {
      report(1, header.error().field, header.error().message);
      return header.takeError();
    }
    for (auto& p : *header) report(1, std::move(p.column), std::move(p.reason));

    std::vector<MetricValue> values;
    std::vector<Demographics> demographics;
    std::string source = job.format == "caaspp" ? "caaspp" : "csv";
    auto flush = [&]() -> Result<void> {
      if (!values.empty()) ACCORD_CHECK(tx->outcomes().upsertValues(values));
      if (!demographics.empty()) ACCORD_CHECK(tx->outcomes().upsertDemographics(demographics));
      values.clear();
      demographics.clear();
      return Ok{};
    };
    long long sinceReport = 0;
    while (lines.next(line)) {
      progress.bytesRead = lines.bytesRead();
      if (progress.stop) return Error{ErrorCode::kUnavailable, "the import was stopped before it finished", {}, {}};
      if (trimField(line).empty()) continue;
      ++progress.rowsRead;
      // One rule for text: a line that is not UTF-8 (or holds NUL) is a row error, never stored.
      if (!isCleanText(line)) {
        ++progress.rowsFailed;
        report(lines.lineNumber(), "line", "is not UTF-8 text");
        continue;
      }
      ParsedRow row = reader->row(line);
      switch (row.kind) {
        case RowKind::kValue:
          row.value.districtId = job.districtId;
          row.value.source = source;
          row.value.importId = job.id;
          row.value.updatedAt = now;
          if (row.value.scope != "state") ++districtRows;
          values.push_back(std::move(row.value));
          ++progress.rowsImported;
          break;
        case RowKind::kDemographics:
          row.demographics.districtId = job.districtId;
          row.demographics.source = "csv";
          row.demographics.importId = job.id;
          row.demographics.updatedAt = now;
          demographics.push_back(std::move(row.demographics));
          ++progress.rowsImported;
          break;
        case RowKind::kSkipped: ++progress.rowsSkipped; break;
        case RowKind::kFailed:
          ++progress.rowsFailed;
          for (auto& p : row.problems) report(lines.lineNumber(), std::move(p.column), std::move(p.reason));
          break;
      }
      if (values.size() + demographics.size() >= kWriteBatch) ACCORD_CHECK(flush());
      if (++sinceReport == kReportEvery) {
        sinceReport = 0;
        if (onProgress) onProgress();
      }
    }
    if (lines.failed()) return invalid("file", "the file could not be read to the end");
    progress.bytesRead = lines.bytesRead();
    ACCORD_CHECK(flush());
    return tx->commit();
  }
};

Result<void> finishJob(Store& store, const ImportJob& job, const std::vector<ImportError>& errors) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(tx->imports().finish(job));
  ACCORD_CHECK(tx->imports().insertErrors(job.id, errors));
  return tx->commit();
}

}  // namespace

Result<ImportRun> runImport(Store& store, long long districtId, long long jobId, std::istream& in,
                            ImportProgress& progress, const std::function<void()>& onProgress,
                            const std::function<UnixSeconds()>& clock) {
  ImportJob job;
  {
    ACCORD_TRY(auto tx, store.read());
    ACCORD_TRY(job, tx->imports().byId(districtId, jobId));
  }
  Run run{store, job, progress, onProgress, clock(), {}};
  auto outcome = run.rows(in);
  job.bytesRead = progress.bytesRead;
  job.rowsRead = progress.rowsRead;
  job.rowsSkipped = progress.rowsSkipped;
  job.rowsFailed = progress.rowsFailed;
  if (outcome.ok()) {
    job.status = "succeeded";
    job.rowsImported = progress.rowsImported;
    job.message = std::to_string(job.rowsImported) + " rows imported, " + std::to_string(job.rowsSkipped) +
                  " skipped, " + std::to_string(job.rowsFailed) + " with errors";
    // A state file in which nothing was the district's most likely names it by another code.
    if (job.format == "caaspp" && run.districtRows == 0 && job.rowsSkipped > 0)
      job.message += "; no row had the district's state code: check it against the file's county and district "
                     "codes";
  } else {
    // Nothing was stored: the transaction rolled back.
    job.status = "failed";
    job.rowsImported = 0;
    progress.rowsImported = 0;
    job.message = outcome.error().message;
    if (outcome.error().code == ErrorCode::kUnavailable && !progress.stop)
      job.message = "the database could not be reached during the import, and nothing of it was stored; start it again";
  }
  job.finishedAt = clock();
  // The job always ends: when its row errors cannot be saved, it ends without them, saying so.
  auto saved = finishJob(store, job, run.errors);
  if (!saved.ok() && saved.error().code != ErrorCode::kUnavailable) {
    run.errors.clear();
    job.message += "; the row errors could not be saved (" + saved.error().message + ")";
    saved = finishJob(store, job, run.errors);
  }
  // While the database is away its end is tried again for a while; should it stay away longer,
  // the first server to look after it is back ends the job as interrupted (endInterruptedImports).
  for (int attempt = 0; !saved.ok() && saved.error().code == ErrorCode::kUnavailable &&
                        attempt < kFinishAttempts && !progress.stop;
       ++attempt) {
    std::this_thread::sleep_for(kFinishRetryPause);
    saved = finishJob(store, job, run.errors);
  }
  ACCORD_CHECK(saved);
  if (onProgress) onProgress();
  return ImportRun{std::move(job), std::move(run.errors)};
}

}  // namespace accord::domain
