#include <algorithm>
#include <limits>
#include <map>
#include <set>

#include "common/calendar_date.hpp"
#include "domain/district/district.hpp"
#include "domain/outcome/rules.hpp"
#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
long long daysFromCivil(long long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

// The first moment of the school year that ends in `year`: 1 July of the year before.
UnixSeconds schoolYearStart(int year) { return daysFromCivil(year - 1, 7, 1) * 86400; }

}  // namespace

int schoolYearOf(UnixSeconds at) {
  std::string date = isoDateOf(at);
  int year = std::stoi(date.substr(0, 4));
  int month = std::stoi(date.substr(5, 2));
  return month >= 7 ? year + 1 : year;
}

Result<OutcomeChart> getOutcomeChart(Store& store, const Caller& caller, long long districtId,
                                     const ChartQuery& query) {
  ACCORD_TRY(auto tx, readPublishedIf(store, [&](Transaction& t) { return outcomeReader(t, districtId, caller.user); }));
  ACCORD_TRY(District district, tx->districts().byId(districtId));
  ACCORD_TRY(auto metrics, tx->outcomes().listMetrics(districtId));

  OutcomeChart chart;
  ACCORD_TRY(chart.group, normalizeGroup(query.group));
  if (query.fromYear && query.toYear && *query.fromYear > *query.toYear)
    return invalid("from", "must not be after the year in to");

  SeriesQuery series;
  series.group = chart.group;
  series.fromYear = query.fromYear.value_or(0);
  series.toYear = query.toYear.value_or(9999);
  std::vector<Metric> shown;
  if (query.metricKeys.empty()) {
    shown = metrics;
  } else {
    for (const auto& key : query.metricKeys) {
      auto it = std::find_if(metrics.begin(), metrics.end(), [&](const Metric& m) { return m.key == key; });
      if (it == metrics.end()) return invalid("metric", "\"" + key + "\" is not a metric of this district");
      shown.push_back(*it);
      series.metricIds.push_back(it->id);
    }
  }

  std::vector<School> schools;
  if (query.allSchools || !query.schoolIds.empty()) {
    series.includeSchools = true;
    ACCORD_TRY(auto all, tx->outcomes().allSchools(districtId));
    if (query.allSchools) {
      schools = std::move(all);
    } else {
      for (long long id : query.schoolIds) {
        auto it = std::find_if(all.begin(), all.end(), [&](const School& s) { return s.id == id; });
        if (it == all.end()) return invalid("school", "is not a school of this district");
        schools.push_back(*it);
      }
    }
  }
  ACCORD_TRY(auto values, tx->outcomes().series(districtId, series));

  std::set<int> years;
  std::map<long long, std::map<std::pair<std::string, long long>, std::vector<MetricValue>>> byMetric;
  std::set<long long> schoolShown;
  for (const auto& s : schools) schoolShown.insert(s.id);
  for (auto& v : values) {
    if (v.scope == "school" && !schoolShown.count(v.schoolId)) continue;
    years.insert(v.year);
    byMetric[v.metricId][{v.scope, v.schoolId}].push_back(std::move(v));
  }
  for (const auto& metric : shown) {
    MetricSeries ms;
    ms.metric = metric;
    auto& lines = byMetric[metric.id];
    auto line = [&](const std::string& scope, long long schoolId, const std::string& name) {
      SeriesLine l{scope, schoolId, name, {}};
      if (auto it = lines.find({scope, schoolId}); it != lines.end()) l.points = std::move(it->second);
      ms.lines.push_back(std::move(l));
    };
    line("district", 0, district.name);
    line("state", 0, district.state);
    for (const auto& s : schools) line("school", s.id, s.name);
    chart.metrics.push_back(std::move(ms));
  }
  chart.years.assign(years.begin(), years.end());
  chart.fromYear = query.fromYear ? *query.fromYear : (years.empty() ? 0 : *years.begin());
  chart.toYear = query.toYear ? *query.toYear : (years.empty() ? 0 : *years.rbegin());

  // Without an end year, events run to the present: what the partnership did since the last data
  // is what people look for on the right of the chart.
  UnixSeconds from = chart.fromYear ? schoolYearStart(chart.fromYear) : 0;
  UnixSeconds to = query.toYear ? schoolYearStart(*query.toYear + 1) - 1 : std::numeric_limits<UnixSeconds>::max();
  ACCORD_TRY(chart.groups, tx->outcomes().groups(districtId));
  ACCORD_TRY(chart.events, tx->outcomes().timeline(districtId, caller.user.id, from, to, kChartEvents + 1));
  if (chart.events.size() > static_cast<std::size_t>(kChartEvents)) {
    chart.events.erase(chart.events.begin());
    chart.earlierEvents = true;
  }
  return chart;
}

}  // namespace accord::domain
