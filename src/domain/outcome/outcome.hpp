#pragma once
// Outcomes: a district's schools, the metrics it follows (built-in and its own), their yearly
// values for the district, each school and the state, per student group, and yearly
// demographics. A value the state suppressed or nobody reported is missing, never 0.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

bool isSchoolLevel(std::string_view level);  // elementary, middle, high, other
bool isMetricUnit(std::string_view unit);    // percent (0–100), count (0 or more), number
bool isValueScope(std::string_view scope);   // district, school, state

// The student group of "all students" (CAASPP's student group id 1).
inline constexpr const char* kAllStudents = "1";

struct School {
  long long id = 0;
  long long districtId = 0;
  std::string name;
  std::optional<std::string> stateCode;  // e.g. California's 14-digit CDS code; unique in the district
  std::string level = "other";
  UnixSeconds createdAt = 0;
  UnixSeconds updatedAt = 0;
};

struct Metric {
  long long id = 0;
  std::optional<long long> districtId;  // empty for a built-in metric, which every district has
  std::string key;
  std::string nameEn;
  std::string nameEs;
  std::string unit = "percent";
  bool higherIsBetter = true;
  UnixSeconds createdAt = 0;
  bool builtIn() const { return !districtId.has_value(); }
};

struct MetricValue {
  long long id = 0;
  long long districtId = 0;
  long long metricId = 0;
  int year = 0;  // the calendar year in which the school year ends (2024 = 2023–24)
  std::string scope = "district";
  long long schoolId = 0;  // 0 unless the scope is school
  std::string group = kAllStudents;
  std::optional<double> value;  // empty: missing or suppressed
  std::optional<long long> n;   // students counted, where known
  std::string source = "manual";  // manual, csv, caaspp
  std::optional<long long> importId;
  UnixSeconds updatedAt = 0;
  std::string metricKey;  // filled when read
};

struct Demographics {
  long long id = 0;
  long long districtId = 0;
  int year = 0;
  long long schoolId = 0;  // 0 for the district as a whole
  std::optional<long long> enrollment;
  std::optional<double> lowIncomePct;
  std::optional<double> englishLearnersPct;
  std::optional<double> minorityPct;
  std::string source = "manual";  // manual, csv
  std::optional<long long> importId;
  UnixSeconds updatedAt = 0;
};

// Something the partnership did, to mark on an outcome chart's time axis.
struct TimelineEvent {
  std::string type;  // decision (adopted), charter_version (took effect)
  long long id = 0;
  long long bodyId = 0;
  std::string bodyName;
  std::string title;        // the decision's title; empty for a charter version
  int charterNumber = 0;    // the charter version's number
  UnixSeconds at = 0;       // where it goes on the axis: when it took effect, else when it was adopted
  std::optional<UnixSeconds> closedAt;     // a decision's adoption
  std::optional<UnixSeconds> effectiveAt;  // when it took effect, if recorded
};

struct ValueFilter {
  long long metricId = 0;  // 0: any
  int year = 0;            // 0: any
  std::string scope;       // empty: any
  long long schoolId = 0;  // 0: any
  std::string group;       // empty: any
};

struct SeriesQuery {
  std::vector<long long> metricIds;  // empty: every metric
  std::string group = kAllStudents;
  int fromYear = 0;
  int toYear = 9999;
  bool includeSchools = false;  // else only the district's and the state's values
};

struct DemographicsFilter {
  int year = 0;             // 0: any
  std::optional<long long> schoolId;  // 0 for the district's own rows; empty: any
};

class OutcomeRepository {
 public:
  virtual ~OutcomeRepository() = default;

  // kConflict (field state_code) when another school of the district has the code.
  virtual Result<long long> insertSchool(const School& school) = 0;
  virtual Result<void> updateSchool(const School& school) = 0;
  // Removes the school with its values and demographics.
  virtual Result<void> deleteSchool(long long districtId, long long schoolId) = 0;
  virtual Result<School> schoolById(long long districtId, long long schoolId) = 0;
  virtual Result<Page<School>> listSchools(long long districtId, long long afterId, int limit) = 0;
  virtual Result<std::vector<School>> allSchools(long long districtId) = 0;

  // kConflict (field key) when the district has the key already.
  virtual Result<long long> insertMetric(const Metric& metric) = 0;
  virtual Result<void> updateMetric(const Metric& metric) = 0;
  // Removes a district's own metric with its values.
  virtual Result<void> deleteMetric(long long districtId, long long metricId) = 0;
  // The district's own metric of that key, else the built-in one; kNotFound when neither.
  virtual Result<Metric> metricByKey(long long districtId, const std::string& key) = 0;
  // Built-in metrics first, then the district's own, each by key.
  virtual Result<std::vector<Metric>> listMetrics(long long districtId) = 0;

  // Inserts each value or replaces the one with the same metric, year, scope, school and group.
  virtual Result<void> upsertValues(const std::vector<MetricValue>& values) = 0;
  // The stored value with the same key as `value`, if any.
  virtual Result<std::optional<MetricValue>> findValue(const MetricValue& value) = 0;
  virtual Result<MetricValue> valueById(long long districtId, long long valueId) = 0;
  virtual Result<void> deleteValue(long long districtId, long long valueId) = 0;
  virtual Result<Page<MetricValue>> listValues(long long districtId, const ValueFilter& filter, long long afterId,
                                               int limit) = 0;
  // The student groups that have a value of the district's, ascending.
  virtual Result<std::vector<std::string>> groups(long long districtId) = 0;
  // Every value the query selects, by metric and year: one read for a chart or a dashboard. Only what
  // a chart draws is filled: metric id, year, scope, school id, value and n.
  virtual Result<std::vector<MetricValue>> series(long long districtId, const SeriesQuery& query) = 0;

  virtual Result<void> upsertDemographics(const std::vector<Demographics>& rows) = 0;
  virtual Result<std::optional<Demographics>> findDemographics(long long districtId, int year, long long schoolId) = 0;
  virtual Result<Page<Demographics>> listDemographics(long long districtId, const DemographicsFilter& filter,
                                                      long long afterId, int limit) = 0;

  // Adopted decisions and charter versions that took effect between `from` and `to`: the newest
  // `limit` of them, oldest first; a confidential decision only when `viewerId` sits on its body.
  virtual Result<std::vector<TimelineEvent>> timeline(long long districtId, long long viewerId, UnixSeconds from,
                                                      UnixSeconds to, long long limit) = 0;

  // A number that moves on with every change to what the district's charts are made of (values,
  // metrics, schools, its name and state, adopted decisions, charter versions, bodies and their
  // seats): a chart written at one number is written the same while it stays. Empty for a district
  // without one.
  virtual Result<std::optional<long long>> chartVersion(long long districtId) = 0;
};

}  // namespace accord::domain
