#include "common/calendar_date.hpp"
#include "domain/survey/use_cases.hpp"

namespace accord::domain {

Result<ClimateResultsView> getClimateResults(Store& store, const Caller& caller, long long districtId,
                                             long long windowId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(WindowAccess found, windowAccess(*tx, districtId, windowId, caller.user));
  if (!found.window.climate || !found.window.instrument) return notFound("this survey window has no climate survey");
  std::string today = isoDateOf(now);
  ACCORD_CHECK(checkMayReadResults(found.window, today));
  ACCORD_TRY(auto responses, tx->surveys().climateResponses(found.window.id));
  ClimateResultsView view;
  view.instrument = *found.window.instrument;
  view.results = computeClimateResults(view.instrument, found.window.schools, found.window.minGroupSize, responses);
  ACCORD_TRY(view.window, windowView(*tx, found.access, found.window, caller.user.id, today));
  return view;
}

}  // namespace accord::domain
