#include <algorithm>

#include "common/calendar_date.hpp"
#include "domain/survey/use_cases.hpp"

namespace accord::domain {

Result<ClimateTrend> getClimateTrend(Store& store, const Caller& caller, long long districtId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(surveyAccess(*tx, districtId, caller.user));
  ACCORD_TRY(auto windows, tx->surveys().windows(districtId));
  std::string today = isoDateOf(now);
  std::sort(windows.begin(), windows.end(), [](const auto& a, const auto& b) { return a.year < b.year; });

  ClimateTrend trend;
  for (const auto& window : windows) {
    if (!window.climate || !window.instrument || !mayReadResults(window, today)) continue;
    ACCORD_TRY(auto responses, tx->surveys().climateResponses(window.id));
    ClimateResults results = computeClimateResults(*window.instrument, window.schools, window.minGroupSize, responses);
    TrendYear year{window.year, window.id, windowStatus(window, today), results.overall.shown, results.overall.n};
    trend.years.push_back(year);
    for (std::size_t a = 0; a < window.instrument->areas.size(); ++a) {
      const SurveyArea& spec = window.instrument->areas[a];
      auto area =
          std::find_if(trend.areas.begin(), trend.areas.end(), [&](const AreaTrend& t) { return t.key == spec.key; });
      if (area == trend.areas.end()) {
        trend.areas.push_back({spec.key, spec.name, {}});
        area = trend.areas.end() - 1;
      }
      area->name = spec.name;  // the latest year's wording
      TrendPoint point;
      point.year = window.year;
      point.windowId = window.id;
      if (results.overall.shown && results.overall.areas[a].stats.shown) {
        point.shown = true;
        point.n = results.overall.areas[a].stats.n;
        point.mean = results.overall.areas[a].stats.mean;
      }
      point.gap = results.gaps[a].gap;
      area->points.push_back(point);
    }
  }
  return trend;
}

}  // namespace accord::domain
