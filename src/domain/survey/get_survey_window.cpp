#include "common/calendar_date.hpp"
#include "domain/survey/use_cases.hpp"

namespace accord::domain {

Result<SurveyWindowView> getSurveyWindow(Store& store, const Caller& caller, long long districtId, long long windowId,
                                         UnixSeconds now) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(WindowAccess found, windowAccess(*tx, districtId, windowId, caller.user));
  return windowView(*tx, found.access, found.window, caller.user.id, isoDateOf(now));
}

}  // namespace accord::domain
