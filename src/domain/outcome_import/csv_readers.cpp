// Accord's own comma-separated formats: metric values, and demographics. A header names the
// columns (any order, any case); columns it does not know are reported and ignored.
#include "domain/outcome/rules.hpp"
#include "domain/outcome_import/delimited.hpp"
#include "domain/outcome_import/readers.hpp"

namespace accord::domain {

std::unique_ptr<RowReader> makeCaasppReader(const ImportContext& context);

const std::vector<std::string>& valueCsvColumns() {
  static const std::vector<std::string> columns = {"metric", "year", "scope", "school_code", "group", "value", "n"};
  return columns;
}

const std::vector<std::string>& demographicsCsvColumns() {
  static const std::vector<std::string> columns = {
      "year", "school_code", "enrollment", "low_income_pct", "english_learners_pct", "minority_pct"};
  return columns;
}

std::optional<long long> ImportContext::schoolByCode(const std::string& code) const {
  if (auto it = schools.find(code); it != schools.end()) return it->second;
  // A California school's 7-digit code, stored as the full 14-digit CDS code, or the reverse.
  if (code.size() == 14 && code.substr(0, 7) == districtCode)
    if (auto it = schools.find(code.substr(7)); it != schools.end()) return it->second;
  if (code.size() == 7 && districtCode.size() == 7)
    if (auto it = schools.find(districtCode + code); it != schools.end()) return it->second;
  return std::nullopt;
}

namespace {

// The shared part of the two CSV readers: the header's columns by name, the fields of a row.
class CsvReader : public RowReader {
 public:
  CsvReader(const ImportContext& context, const std::vector<std::string>& known,
            const std::vector<std::string>& required)
      : context_(context), known_(known), required_(required) {}

  Result<std::vector<RowProblem>> header(std::string_view line) override {
    std::vector<std::string> names;
    if (!splitFields(line, ',', names)) return invalid("header", "the header line has an unclosed quote");
    std::vector<RowProblem> problems;
    for (std::size_t i = 0; i < names.size(); ++i) {
      std::string key = headerKey(names[i]);
      bool known = false;
      for (const auto& k : known_) known = known || k == key;
      if (!known) {
        problems.push_back({std::string(trimField(names[i])), "unknown column; it is ignored"});
        continue;
      }
      if (index_.count(key)) return invalid(key, "the header names the column \"" + key + "\" twice");
      index_[key] = static_cast<int>(i);
    }
    for (const auto& r : required_)
      if (!index_.count(r)) return invalid(r, "the header has no \"" + r + "\" column");
    return problems;
  }

 protected:
  bool split(std::string_view line, ParsedRow& out) {
    if (!splitFields(line, ',', fields_)) {
      fail(out, "", "a quote is not closed");
      return false;
    }
    return true;
  }
  // The field of `column`, empty when the header or the row has no such column.
  std::string_view field(const std::string& column) const {
    auto it = index_.find(column);
    if (it == index_.end() || it->second >= static_cast<int>(fields_.size())) return {};
    return trimField(fields_[it->second]);
  }
  static void fail(ParsedRow& out, const std::string& column, std::string reason) {
    out.problems.push_back({column, std::move(reason)});
  }
  void readYear(ParsedRow& out, int& year) {
    long long y = 0;
    if (readWhole(field("year"), y) != NumberRead::kOk) return fail(out, "year", "malformed year");
    auto checked = checkYearIn(y, context_.currentYear);
    if (!checked.ok()) return fail(out, "year", checked.error().message);
    year = *checked;
  }
  // 0 for none; reports an unknown code.
  long long readSchool(ParsedRow& out) {
    std::string code(field("school_code"));
    if (code.empty()) return 0;
    auto id = context_.schoolByCode(code);
    if (!id) {
      fail(out, "school_code", "unknown school code for the district: " + code);
      return 0;
    }
    return *id;
  }
  template <class T, class Read>
  void readOptional(ParsedRow& out, const std::string& column, std::optional<T>& into, Read read) {
    T number{};
    switch (read(field(column), number)) {
      case NumberRead::kOk: into = number; break;
      case NumberRead::kMissing: break;
      case NumberRead::kMalformed: fail(out, column, "malformed number"); break;
    }
  }
  void readPercent(ParsedRow& out, const std::string& column, std::optional<double>& into) {
    readOptional(out, column, into, readDecimal);
    if (into && (*into < 0 || *into > 100)) {
      into.reset();
      fail(out, column, "out of range: a percentage is 0 to 100");
    }
  }

  const ImportContext& context_;
  std::vector<std::string> known_, required_;
  std::map<std::string, int> index_;
  std::vector<std::string> fields_;
};

class ValueCsvReader final : public CsvReader {
 public:
  explicit ValueCsvReader(const ImportContext& context)
      : CsvReader(context, valueCsvColumns(), {"metric", "year", "value"}) {}

  ParsedRow row(std::string_view line) override {
    ParsedRow out;
    out.kind = RowKind::kFailed;
    if (!split(line, out)) return out;
    MetricValue& v = out.value;
    std::string key(field("metric"));
    auto metric = context_.metrics.find(key);
    if (key.empty()) fail(out, "metric", "is required");
    else if (metric == context_.metrics.end()) fail(out, "metric", "unknown metric: " + key);
    else {
      v.metricId = metric->second.id;
      v.metricKey = key;
    }
    readYear(out, v.year);
    std::string scope(field("scope"));
    long long school = readSchool(out);
    if (scope.empty()) scope = field("school_code").empty() ? "district" : "school";
    if (!isValueScope(scope)) {
      fail(out, "scope", "must be district, school or state");
    } else if (scope == "school") {
      if (field("school_code").empty()) fail(out, "school_code", "is required for a school's value");
      v.schoolId = school;
    } else if (!field("school_code").empty()) {
      fail(out, "school_code", "is only for a school's value");
    }
    v.scope = scope;
    if (auto group = field("group"); !group.empty()) {
      auto normalized = normalizeGroup(group);
      if (!normalized.ok()) fail(out, "group", normalized.error().message);
      else v.group = *normalized;
    }
    readOptional(out, "value", v.value, readDecimal);
    if (v.value && metric != context_.metrics.end()) {
      auto checked = checkMetricValue(*v.value, metric->second.unit);
      if (!checked.ok()) fail(out, "value", "out of range: " + checked.error().message);
    }
    readOptional(out, "n", v.n, readWhole);
    if (v.n && *v.n < 0) fail(out, "n", "cannot be negative");
    if (out.problems.empty()) out.kind = RowKind::kValue;
    return out;
  }
};

class DemographicsCsvReader final : public CsvReader {
 public:
  explicit DemographicsCsvReader(const ImportContext& context)
      : CsvReader(context, demographicsCsvColumns(), {"year"}) {}

  ParsedRow row(std::string_view line) override {
    ParsedRow out;
    out.kind = RowKind::kFailed;
    if (!split(line, out)) return out;
    Demographics& d = out.demographics;
    readYear(out, d.year);
    d.schoolId = readSchool(out);
    readOptional(out, "enrollment", d.enrollment, readWhole);
    if (d.enrollment && *d.enrollment < 0) fail(out, "enrollment", "cannot be negative");
    readPercent(out, "low_income_pct", d.lowIncomePct);
    readPercent(out, "english_learners_pct", d.englishLearnersPct);
    readPercent(out, "minority_pct", d.minorityPct);
    if (out.problems.empty()) out.kind = RowKind::kDemographics;
    return out;
  }
};

}  // namespace

std::unique_ptr<RowReader> makeRowReader(const std::string& format, const ImportContext& context) {
  if (format == "caaspp") return makeCaasppReader(context);
  if (format == "csv") return std::make_unique<ValueCsvReader>(context);
  if (format == "demographics") return std::make_unique<DemographicsCsvReader>(context);
  return nullptr;
}

}  // namespace accord::domain
