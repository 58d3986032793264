#include "common/calendar_date.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/survey/use_cases.hpp"

namespace accord::domain {

Result<SurveyWindowView> closeSurveyWindow(Store& store, const Caller& caller, long long districtId, long long windowId,
                                           UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(WindowAccess found, windowAccess(*tx, districtId, windowId, caller.user));
  ACCORD_CHECK(mayManageSurveys(found.access));
  std::string today = isoDateOf(now);
  if (windowStatus(found.window, today) == "closed") return conflict("the survey window has closed already");
  SurveyWindow window = found.window;
  window.closedEarly = true;
  ACCORD_CHECK(tx->surveys().updateWindow(window));
  ACCORD_CHECK(
      audit(*tx, districtId, caller, "survey_window.close", "survey_window", window.id, nlohmann::json::object(), now));
  ACCORD_TRY(SurveyWindowView view, windowView(*tx, found.access, window, caller.user.id, today));
  ACCORD_CHECK(tx->commit());
  return view;
}

}  // namespace accord::domain
