#include <map>

#include "common/calendar_date.hpp"
#include "domain/analysis/use_cases.hpp"
#include "domain/district/policy.hpp"
#include "domain/network_survey/use_cases.hpp"
#include "domain/outcome/outcome.hpp"
#include "domain/survey/use_cases.hpp"

namespace accord::domain {

namespace {

constexpr const char* kPartnershipArea = "partnership";
constexpr int kDefaultSpanYears = 4;

// The school value of the metric in a year, for all students.
Result<std::optional<double>> schoolValue(Transaction& tx, long long districtId, long long metricId,
                                          long long schoolId, int year) {
  MetricValue key;
  key.districtId = districtId;
  key.metricId = metricId;
  key.year = year;
  key.scope = "school";
  key.schoolId = schoolId;
  ACCORD_TRY(auto found, tx.outcomes().findValue(key));
  if (!found) return std::optional<double>();
  return found->value;
}

// The latest year with a school value of the metric.
Result<std::optional<int>> latestYear(Transaction& tx, long long districtId, long long metricId) {
  ValueFilter filter;
  filter.metricId = metricId;
  filter.scope = "school";
  filter.group = kAllStudents;
  std::optional<int> latest;
  long long after = 0;
  do {
    ACCORD_TRY(auto page, tx.outcomes().listValues(districtId, filter, after, 500));
    for (const auto& v : page.items)
      if (v.value && (!latest || v.year > *latest)) latest = v.year;
    after = page.nextCursor;
  } while (after != 0);
  return latest;
}

// The survey window to read: the one asked for, or the latest with climate results the caller may read.
Result<std::optional<SurveyWindowView>> chooseWindow(Store& store, const Caller& caller, long long districtId,
                                                     const std::optional<long long>& windowId, UnixSeconds now) {
  if (windowId) {
    ACCORD_TRY(auto view, getSurveyWindow(store, caller, districtId, *windowId, now));
    return std::optional<SurveyWindowView>(view);
  }
  ACCORD_TRY(auto windows, listSurveyWindows(store, caller, districtId, now));
  for (auto& w : windows)
    if (w.window.climate && w.resultsAvailable) return std::optional<SurveyWindowView>(w);
  return std::optional<SurveyWindowView>();
}

// Each shown school's partnership-area mean, by the school's name.
Result<std::map<std::string, double>> partnershipScores(Store& store, const Caller& caller, long long districtId,
                                                        long long windowId, UnixSeconds now) {
  ACCORD_TRY(auto view, getClimateResults(store, caller, districtId, windowId, now));
  std::map<std::string, double> scores;
  for (const auto& school : view.results.schools) {
    if (!school.shown) continue;
    for (const auto& area : school.areas)
      if (area.key == kPartnershipArea && area.stats.shown && area.stats.mean) scores[school.name] = *area.stats.mean;
  }
  return scores;
}

// Each shown school's network density, the mean over the topics measured, by the school's name.
Result<std::map<std::string, double>> networkDensities(Store& store, const Caller& caller, long long districtId,
                                                       long long windowId, UnixSeconds now) {
  ACCORD_TRY(auto view, getNetworkResults(store, caller, districtId, windowId, now));
  std::map<std::string, double> densities;
  for (const auto& school : view.schools) {
    double sum = 0;
    int topics = 0;
    for (const auto& topic : school.topics)
      if (topic.density) sum += *topic.density, ++topics;
    if (school.shown && topics > 0) densities[school.school] = sum / topics;
  }
  return densities;
}

}  // namespace

Result<PartnershipAnalysis> analyzePartnership(Store& store, const Caller& caller, long long districtId,
                                               const AnalysisRequest& request, UnixSeconds now) {
  PartnershipAnalysis out;
  out.metric = request.metric;
  std::vector<School> schools;
  {
    ACCORD_TRY(auto tx, store.read());
    ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
    ACCORD_TRY(Metric metric, tx->outcomes().metricByKey(districtId, request.metric));
    int thisYear = std::stoi(isoDateOf(now).substr(0, 4));
    if (request.toYear && (*request.toYear < 1990 || *request.toYear > thisYear + 1))
      return invalid("to", "must be a year from 1990 to next year");
    std::optional<int> to;
    if (request.toYear) {
      to = static_cast<int>(*request.toYear);
    } else {
      ACCORD_TRY(to, latestYear(*tx, districtId, metric.id));
    }
    if (!to) to = thisYear;
    out.toYear = *to;
    out.fromYear = request.fromYear ? static_cast<int>(*request.fromYear) : out.toYear - kDefaultSpanYears;
    if (out.fromYear >= out.toYear || out.fromYear < 1990) return invalid("from", "must be a year before `to`, from 1990");
    ACCORD_TRY(schools, tx->outcomes().allSchools(districtId));
    for (const auto& school : schools) {
      AnalysisSchool row;
      row.schoolId = school.id;
      row.name = school.name;
      ACCORD_TRY(row.from, schoolValue(*tx, districtId, metric.id, school.id, out.fromYear));
      ACCORD_TRY(row.to, schoolValue(*tx, districtId, metric.id, school.id, out.toYear));
      if (row.from && row.to) row.growth = *row.to - *row.from;
      ACCORD_TRY(auto demographics, tx->outcomes().findDemographics(districtId, out.toYear, school.id));
      if (demographics) row.lowIncomePct = demographics->lowIncomePct;
      out.schools.push_back(std::move(row));
    }
  }

  ACCORD_TRY(auto window, chooseWindow(store, caller, districtId, request.windowId, now));
  std::map<std::string, double> scores, densities;
  if (window && window->resultsAvailable && window->window.climate) {
    out.windowId = window->window.id;
    out.surveyYear = window->window.year;
    ACCORD_TRY(scores, partnershipScores(store, caller, districtId, window->window.id, now));
    if (window->window.network) {
      ACCORD_TRY(densities, networkDensities(store, caller, districtId, window->window.id, now));
    }
  }

  std::vector<SchoolRow> rows;
  for (auto& s : out.schools) {
    if (auto it = scores.find(s.name); it != scores.end()) s.partnershipScore = it->second;
    if (auto it = densities.find(s.name); it != densities.end()) s.networkDensity = it->second;
    if (!s.growth) s.excluded = "growth";
    else if (!s.partnershipScore) s.excluded = "partnership_score";
    else if (!s.lowIncomePct) s.excluded = "low_income_pct";
    else rows.push_back({s.schoolId, *s.growth, *s.partnershipScore, s.networkDensity, *s.lowIncomePct});
  }
  if (!out.windowId) {
    out.notFitted = "no climate survey results are available yet";
    return out;
  }
  auto fitted = analyzePartnershipAndGrowth(rows);
  if (fitted.ok()) out.result = std::move(*fitted);
  else out.notFitted = fitted.error().message;
  return out;
}

}  // namespace accord::domain
