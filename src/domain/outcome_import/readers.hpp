#pragma once
// Turning one file's lines into outcome rows: a reader per format. Pure logic over what the
// district has (its metrics, its schools, its state code), tested alone.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/outcome/outcome.hpp"

namespace accord::domain {

// What the readers resolve codes and keys against.
struct ImportContext {
  std::string districtCode;  // the district's state code (CAASPP: 7-digit county + district)
  int currentYear = 0;       // later years are refused
  std::map<std::string, Metric> metrics;   // by key
  std::map<std::string, long long> schools;  // school id by state code

  // A school by the code a file gives: as stored, or (for California) a 7-digit school code
  // within the district's CDS code.
  std::optional<long long> schoolByCode(const std::string& code) const;
};

struct RowProblem {
  std::string column;
  std::string reason;
};

enum class RowKind {
  kValue,         // `value` holds a metric value to store
  kDemographics,  // `demographics` holds a row to store
  kSkipped,       // not for this district, or not wanted (another grade or test)
  kFailed,        // `problems` says why; nothing is stored
};

struct ParsedRow {
  RowKind kind = RowKind::kSkipped;
  MetricValue value;          // metricId, year, scope, schoolId, group, value, n filled
  Demographics demographics;  // year, schoolId and the measures filled
  std::vector<RowProblem> problems;
};

class RowReader {
 public:
  virtual ~RowReader() = default;
  // Reads the header line. kInvalid (field: the missing column) when the file is not of this
  // format at all; otherwise problems that do not stop the import (an unknown column).
  virtual Result<std::vector<RowProblem>> header(std::string_view line) = 0;
  virtual ParsedRow row(std::string_view line) = 0;
};

// For "caaspp", "csv" or "demographics"; `context` must outlive the reader.
std::unique_ptr<RowReader> makeRowReader(const std::string& format, const ImportContext& context);

// The columns of Accord's own formats, in the order the documentation lists them.
const std::vector<std::string>& valueCsvColumns();
const std::vector<std::string>& demographicsCsvColumns();

}  // namespace accord::domain
