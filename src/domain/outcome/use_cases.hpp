#pragma once
// Schools, metrics, yearly values, demographics and the chart reads. Each function is one use
// case, in a file of the same name.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/account/use_cases.hpp"
#include "domain/outcome/outcome.hpp"
#include "domain/outcome/policy.hpp"

namespace accord::domain {

struct SchoolInput {
  std::optional<std::string> name;
  std::optional<std::string> stateCode;  // an empty string clears it
  std::optional<std::string> level;
};
// Name and level are required.
Result<School> createSchool(Store& store, const Caller& caller, long long districtId, const SchoolInput& input,
                            UnixSeconds now);
Result<School> updateSchool(Store& store, const Caller& caller, long long districtId, long long schoolId,
                            const SchoolInput& input, UnixSeconds now);
// Removes the school's values and demographics with it.
Result<void> deleteSchool(Store& store, const Caller& caller, long long districtId, long long schoolId,
                          UnixSeconds now);
Result<School> getSchool(Store& store, const Caller& caller, long long districtId, long long schoolId);
Result<Page<School>> listSchools(Store& store, const Caller& caller, long long districtId, long long cursor,
                                 int limit);
// Shared by the school use cases: applies what `input` names, checking each field.
Result<void> applySchoolInput(School& school, const SchoolInput& input);
nlohmann::json schoolAuditDetails(const School& school);

struct MetricInput {
  std::optional<std::string> key;
  std::optional<std::string> nameEn;
  std::optional<std::string> nameEs;
  std::optional<std::string> unit;
  std::optional<bool> higherIsBetter;
};
// A district's own metric; its key may not be a built-in metric's.
Result<Metric> createMetric(Store& store, const Caller& caller, long long districtId, const MetricInput& input,
                            UnixSeconds now);
// Built-in metrics cannot be changed or removed (kForbidden); the key never changes.
Result<Metric> updateMetric(Store& store, const Caller& caller, long long districtId, const std::string& key,
                            const MetricInput& input, UnixSeconds now);
Result<void> deleteMetric(Store& store, const Caller& caller, long long districtId, const std::string& key,
                          UnixSeconds now);
Result<std::vector<Metric>> listMetrics(Store& store, const Caller& caller, long long districtId);
Result<void> applyMetricInput(Metric& metric, const MetricInput& input);
nlohmann::json metricAuditDetails(const Metric& metric);

struct ValueInput {
  std::string metricKey;
  long long year = 0;
  std::string scope = "district";
  long long schoolId = 0;  // required for the school scope, refused otherwise
  std::string group = kAllStudents;
  std::optional<double> value;  // empty: missing (e.g. suppressed)
  std::optional<long long> n;
};
struct SavedValue {
  MetricValue value;
  bool created = false;  // false when it replaced the value of the same key
};
Result<SavedValue> setMetricValue(Store& store, const Caller& caller, long long districtId, const ValueInput& input,
                                  UnixSeconds now);
Result<void> deleteMetricValue(Store& store, const Caller& caller, long long districtId, long long valueId,
                               UnixSeconds now);
struct ValueListQuery {
  std::string metricKey;  // empty: any
  int year = 0;
  std::string scope;
  long long schoolId = 0;
  std::string group;
};
Result<Page<MetricValue>> listMetricValues(Store& store, const Caller& caller, long long districtId,
                                           const ValueListQuery& query, long long cursor, int limit);

struct DemographicsInput {
  long long year = 0;
  long long schoolId = 0;  // 0: the district as a whole
  std::optional<long long> enrollment;
  std::optional<double> lowIncomePct;
  std::optional<double> englishLearnersPct;
  std::optional<double> minorityPct;
};
struct SavedDemographics {
  Demographics row;
  bool created = false;
};
Result<SavedDemographics> setDemographics(Store& store, const Caller& caller, long long districtId,
                                          const DemographicsInput& input, UnixSeconds now);
Result<Page<Demographics>> listDemographics(Store& store, const Caller& caller, long long districtId,
                                            const DemographicsFilter& filter, long long cursor, int limit);

// One line of a chart: the values of one metric for the district, the state or one school.
struct SeriesLine {
  std::string scope;
  long long schoolId = 0;
  std::string name;  // the district's or the school's name, or the state's postal code
  std::vector<MetricValue> points;  // by year
};
struct MetricSeries {
  Metric metric;
  std::vector<SeriesLine> lines;  // district, state, then schools by name
};
// A chart marks at most this many events, the newest: a line of thousands of marks says nothing.
inline constexpr int kChartEvents = 500;

struct OutcomeChart {
  std::string group;
  int fromYear = 0;
  int toYear = 0;
  std::vector<int> years;  // every year that has a value in any series, ascending
  std::vector<MetricSeries> metrics;
  std::vector<TimelineEvent> events;  // from the first year shown to the last asked for, else to now
  bool earlierEvents = false;         // events holds the newest kChartEvents; there are older ones too
  std::vector<std::string> groups;    // the student groups the district has any value for
};
struct ChartQuery {
  std::vector<std::string> metricKeys;  // empty: every metric of the district
  std::string group = kAllStudents;
  std::optional<int> fromYear;
  std::optional<int> toYear;
  bool allSchools = false;
  std::vector<long long> schoolIds;  // the schools to show beside the district
};
// Metrics over the years, district beside state (and the schools asked for), with the
// partnership's events in the same years: a fixed handful of queries whatever the size.
Result<OutcomeChart> getOutcomeChart(Store& store, const Caller& caller, long long districtId,
                                     const ChartQuery& query);
// The version of what the district's charts are made of, for a caller who may read them: a chart
// kept at this version may be sent again. Empty when the district has no version to keep one by.
Result<std::optional<long long>> getChartVersion(Store& store, const Caller& caller, long long districtId);

// The school year (by the year it ends) that a moment falls in: July onward belongs to the next.
int schoolYearOf(UnixSeconds at);

}  // namespace accord::domain
