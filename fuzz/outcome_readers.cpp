// The outcome import's readers: Accord's CSV of metric values, its CSV of demographics, and
// California's CAASPP research files, read line by line as run_import.cpp reads them.
//
// The input's first line names the format (caaspp, csv or demographics); the rest is the file.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "check.hpp"
#include "common/text.hpp"
#include "domain/outcome_import/delimited.hpp"
#include "domain/outcome_import/readers.hpp"

namespace {

using namespace accord::domain;

constexpr int kCurrentYear = 2025;

const ImportContext& context() {
  static const ImportContext c = [] {
    ImportContext out;
    out.districtCode = "0161192";
    out.currentYear = kCurrentYear;
    auto metric = [&](long long id, const char* key, const char* unit) {
      Metric m;
      m.id = id;
      m.key = key;
      m.unit = unit;
      out.metrics.emplace(key, m);
    };
    metric(1, "ela_met", "percent");
    metric(2, "math_met", "percent");
    metric(3, "graduation_rate", "percent");
    metric(6, "grievances_filed", "count");
    metric(40, "avg_scale_score", "number");
    out.schools = {{"01611920130229", 10}, {"0130245", 11}, {"HS-7", 12}};
    return out;
  }();
  return c;
}

bool isKnownSchool(long long id) {
  for (const auto& [code, school] : context().schools)
    if (school == id) return true;
  return false;
}

// A student group as normalizeGroup leaves it.
bool isGroup(const std::string& group) {
  if (group.empty() || group.size() > 20) return false;
  bool digits = true;
  for (unsigned char c : group) {
    if (!std::isalnum(c) && c != '_' && c != '-') return false;
    digits = digits && std::isdigit(c);
  }
  return !digits || group == "0" || group.front() != '0';
}

bool isPercent(const std::optional<double>& value) { return !value || (*value >= 0 && *value <= 100); }

void checkValue(const MetricValue& v, bool caaspp) {
  FUZZ_CHECK(v.year >= 1990 && v.year <= kCurrentYear);
  FUZZ_CHECK(v.scope == "district" || v.scope == "school" || v.scope == "state");
  FUZZ_CHECK((v.scope == "school") == (v.schoolId != 0));
  if (v.schoolId != 0) FUZZ_CHECK(isKnownSchool(v.schoolId));
  FUZZ_CHECK(isGroup(v.group));
  auto metric = context().metrics.find(v.metricKey);
  FUZZ_CHECK(metric != context().metrics.end() && metric->second.id == v.metricId);
  if (caaspp) FUZZ_CHECK(v.metricKey == "ela_met" || v.metricKey == "math_met");
  if (v.value) {
    FUZZ_CHECK(std::isfinite(*v.value));
    if (metric->second.unit == "percent") FUZZ_CHECK(isPercent(v.value));
    if (metric->second.unit == "count") FUZZ_CHECK(*v.value >= 0);
  }
  if (v.n) FUZZ_CHECK(*v.n >= 0);
}

void checkDemographics(const Demographics& d) {
  FUZZ_CHECK(d.year >= 1990 && d.year <= kCurrentYear);
  if (d.schoolId != 0) FUZZ_CHECK(isKnownSchool(d.schoolId));
  if (d.enrollment) FUZZ_CHECK(*d.enrollment >= 0);
  FUZZ_CHECK(isPercent(d.lowIncomePct) && isPercent(d.englishLearnersPct) && isPercent(d.minorityPct));
}

// Problems are stored as the import's row errors: clean text, with a reason.
void checkProblems(const std::vector<RowProblem>& problems) {
  for (const auto& p : problems) {
    FUZZ_CHECK(!p.reason.empty());
    FUZZ_CHECK(accord::isCleanText(p.column) && accord::isCleanText(p.reason));
  }
}

void checkSplit(std::string_view line) {
  std::vector<std::string> fields;
  for (char delimiter : {',', '^', '\t'}) {
    bool closed = splitFields(line, delimiter, fields);
    FUZZ_CHECK(!fields.empty());
    // Unquoted, a line is its fields joined again.
    if (line.find('"') == std::string_view::npos) {
      FUZZ_CHECK(closed);
      std::string joined;
      for (std::size_t i = 0; i < fields.size(); ++i) joined += (i ? std::string(1, delimiter) : "") + fields[i];
      FUZZ_CHECK(joined == line);
    }
    std::size_t bytes = 0;
    for (const auto& f : fields) bytes += f.size();
    FUZZ_CHECK(bytes <= line.size());
  }
  double d = 0;
  if (readDecimal(line, d) == NumberRead::kOk) FUZZ_CHECK(std::isfinite(d));
  FUZZ_CHECK(trimField(line).size() <= line.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::size_t newline = input.find('\n');
  std::string format(input.substr(0, newline));
  if (!format.empty() && format.back() == '\r') format.pop_back();
  if (format != "caaspp" && format != "csv" && format != "demographics") return -1;  // not kept in the corpus
  std::string file(newline == std::string_view::npos ? std::string_view() : input.substr(newline + 1));

  auto reader = makeRowReader(format, context());
  FUZZ_CHECK(reader != nullptr);
  std::istringstream in(file);
  LineReader lines(in);
  std::string line;
  if (!lines.next(line)) return 0;
  checkSplit(line);
  if (!accord::isCleanText(line)) return 0;  // the import fails: the header is not UTF-8
  auto header = reader->header(line);
  if (!header.ok()) {
    FUZZ_CHECK(!header.error().field.empty());
    return 0;
  }
  checkProblems(*header);

  while (lines.next(line)) {
    FUZZ_CHECK(lines.bytesRead() <= static_cast<long long>(file.size()));
    checkSplit(line);
    if (trimField(line).empty() || !accord::isCleanText(line)) continue;
    ParsedRow row = reader->row(line);
    checkProblems(row.problems);
    switch (row.kind) {
      case RowKind::kValue:
        FUZZ_CHECK(row.problems.empty());
        checkValue(row.value, format == "caaspp");
        break;
      case RowKind::kDemographics:
        FUZZ_CHECK(format == "demographics" && row.problems.empty());
        checkDemographics(row.demographics);
        break;
      case RowKind::kSkipped: FUZZ_CHECK(row.problems.empty()); break;
      case RowKind::kFailed: FUZZ_CHECK(!row.problems.empty()); break;
    }
  }
  FUZZ_CHECK(!lines.failed());
  // Progress reaches the whole file: every byte is counted once.
  FUZZ_CHECK(lines.bytesRead() == static_cast<long long>(file.size()));
  return 0;
}
