// California's CAASPP Smarter Balanced research files, as the state publishes them: a header
// naming the columns, then one record per entity (state, county, district, school), student
// group, grade and test, delimited by carets (2021 on) or commas (quoted in older years).
#include <cctype>

#include "domain/outcome/rules.hpp"
#include "domain/outcome_import/delimited.hpp"
#include "domain/outcome_import/readers.hpp"

namespace accord::domain {

namespace {

constexpr const char* kAllGrades = "13";

struct Column {
  int index = -1;
  std::string name;  // as the file writes it
};

// The first of `names` the header has.
Column findColumn(const std::vector<std::string>& header, std::initializer_list<const char*> names) {
  for (const char* name : names)
    for (std::size_t i = 0; i < header.size(); ++i)
      if (headerKey(header[i]) == headerKey(name)) return {static_cast<int>(i), std::string(trimField(header[i]))};
  return {};
}

bool allDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

// A CDS part as digits of its full width ("1" -> "01", as a spreadsheet may have left it).
std::optional<std::string> cdsPart(std::string_view text, std::size_t width) {
  text = trimField(text);
  if (!allDigits(text) || text.size() > width) return std::nullopt;
  return std::string(width - text.size(), '0') + std::string(text);
}

class CaasppReader final : public RowReader {
 public:
  explicit CaasppReader(const ImportContext& context) : context_(context) {
    const std::string& code = context.districtCode;
    // A 14-digit CDS code of the district itself ends in the 7 zeros of "no school".
    districtCode_ = code.size() == 14 && code.substr(7) == "0000000" ? code.substr(0, 7) : code;
  }

  Result<std::vector<RowProblem>> header(std::string_view line) override {
    delimiter_ = line.find('^') != std::string_view::npos ? '^' : ',';
    std::vector<std::string> names;
    if (!splitFields(line, delimiter_, names)) return invalid("header", "the header line has an unclosed quote");
    county_ = findColumn(names, {"County Code"});
    district_ = findColumn(names, {"District Code"});
    school_ = findColumn(names, {"School Code"});
    year_ = findColumn(names, {"Test Year"});
    group_ = findColumn(names, {"Student Group ID", "Subgroup ID"});
    test_ = findColumn(names, {"Test ID", "Test Id"});
    grade_ = findColumn(names, {"Grade"});
    // The percentage is of the students with scores, so that count is n where the file has it.
    n_ = findColumn(names, {"Total Students Tested with Scores", "Students with Scores", "Students Tested",
                            "Total Students Tested"});
    percent_ = findColumn(names, {"Percentage Standard Met and Above"});
    for (auto [column, name] : {std::pair{&county_, "County Code"}, {&district_, "District Code"},
                                {&school_, "School Code"}, {&year_, "Test Year"}, {&group_, "Student Group ID"},
                                {&test_, "Test ID"}, {&grade_, "Grade"},
                                {&n_, "Total Students Tested with Scores"},
                                {&percent_, "Percentage Standard Met and Above"}}) {
      if (column->index < 0)
        return invalid(name, std::string("not a CAASPP research file: the header has no \"") + name + "\" column");
      width_ = std::max(width_, column->index + 1);
    }
    return std::vector<RowProblem>{};
  }

  ParsedRow row(std::string_view line) override {
    ParsedRow out;
    if (!splitFields(line, delimiter_, fields_)) return failed(out, "", "a quote is not closed");
    if (static_cast<int>(fields_.size()) < width_)
      return failed(out, "", "has " + std::to_string(fields_.size()) + " fields; the header has more");

    auto county = cdsPart(field(county_), 2);
    auto district = cdsPart(field(district_), 5);
    auto school = cdsPart(field(school_), 7);
    if (!county) return failed(out, county_.name, "is not a county code");
    if (!district) return failed(out, district_.name, "is not a district code");
    if (!school) return failed(out, school_.name, "is not a school code");
    MetricValue& v = out.value;
    bool noSchool = *school == "0000000";
    if (*county == "00" && *district == "00000" && noSchool) {
      v.scope = "state";
    } else if (*county + *district == districtCode_) {
      if (noSchool) {
        v.scope = "district";
      } else {
        v.scope = "school";
        auto id = context_.schoolByCode(*county + *district + *school);
        if (!id) problem(out, school_.name, "unknown school code for the district: " + *county + *district + *school);
        else v.schoolId = *id;
      }
    } else {
      return skipped(out);  // another district, or a county's summary
    }

    long long grade = 0;
    if (readWhole(field(grade_), grade) != NumberRead::kOk) return failed(out, grade_.name, "is not a grade");
    if (std::to_string(grade) != kAllGrades) return skipped(out);
    long long test = 0;
    if (readWhole(field(test_), test) != NumberRead::kOk) return failed(out, test_.name, "is not a test id");
    const char* key = test == 1 ? "ela_met" : test == 2 ? "math_met" : nullptr;
    if (!key) return skipped(out);
    auto metric = context_.metrics.find(key);
    if (metric == context_.metrics.end()) return failed(out, test_.name, std::string("no metric ") + key);
    v.metricId = metric->second.id;
    v.metricKey = key;

    long long year = 0;
    if (readWhole(field(year_), year) != NumberRead::kOk) problem(out, year_.name, "malformed year");
    else if (auto checked = checkYearIn(year, context_.currentYear); !checked.ok())
      problem(out, year_.name, checked.error().message);
    else v.year = *checked;
    auto group = normalizeGroup(field(group_));
    if (!group.ok()) problem(out, group_.name, group.error().message);
    else v.group = *group;

    long long n = 0;
    switch (readWhole(field(n_), n)) {
      case NumberRead::kOk:
        if (n < 0) problem(out, n_.name, "cannot be negative");
        else v.n = n;
        break;
      case NumberRead::kMissing: break;
      case NumberRead::kMalformed: problem(out, n_.name, "malformed number"); break;
    }
    double percent = 0;
    switch (readDecimal(field(percent_), percent)) {
      case NumberRead::kOk:
        if (percent < 0 || percent > 100) problem(out, percent_.name, "out of range: a percentage is 0 to 100");
        else v.value = percent;
        break;
      case NumberRead::kMissing: break;  // "*": suppressed, kept as missing
      case NumberRead::kMalformed: problem(out, percent_.name, "malformed number"); break;
    }
    out.kind = out.problems.empty() ? RowKind::kValue : RowKind::kFailed;
    return out;
  }

 private:
  std::string_view field(const Column& c) const { return fields_[c.index]; }
  static void problem(ParsedRow& out, const std::string& column, std::string reason) {
    out.problems.push_back({column, std::move(reason)});
  }
  static ParsedRow& failed(ParsedRow& out, const std::string& column, std::string reason) {
    problem(out, column, std::move(reason));
    out.kind = RowKind::kFailed;
    return out;
  }
  static ParsedRow& skipped(ParsedRow& out) {
    out.kind = RowKind::kSkipped;
    out.problems.clear();
    return out;
  }

  const ImportContext& context_;
  std::string districtCode_;
  char delimiter_ = ',';
  Column county_, district_, school_, year_, group_, test_, grade_, n_, percent_;
  int width_ = 0;
  std::vector<std::string> fields_;
};

}  // namespace

std::unique_ptr<RowReader> makeCaasppReader(const ImportContext& context) {
  return std::make_unique<CaasppReader>(context);
}

}  // namespace accord::domain
