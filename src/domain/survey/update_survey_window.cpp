#include "common/calendar_date.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/survey/use_cases.hpp"
#include "domain/survey/window_rules.hpp"

namespace accord::domain {

Result<SurveyWindowView> updateSurveyWindow(Store& store, const Caller& caller, long long districtId,
                                            long long windowId, const WindowChanges& changes, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(WindowAccess found, windowAccess(*tx, districtId, windowId, caller.user));
  ACCORD_CHECK(mayManageSurveys(found.access));
  std::string today = isoDateOf(now);
  SurveyWindow window = found.window;
  std::string status = windowStatus(window, today);
  // Reopening would let answers arrive after the results were read, and the difference would show them.
  if (status == "closed") return conflict("the survey window has closed");
  nlohmann::json details = nlohmann::json::object();
  if (changes.opensOn) {
    if (status != "scheduled") return invalid("opens_on", "cannot change once the window has opened");
    ACCORD_TRY(window.opensOn, checkWindowDate(changes.opensOn, "opens_on"));
    details["opens_on"] = window.opensOn;
  }
  if (changes.closesOn) {
    ACCORD_TRY(window.closesOn, checkWindowDate(changes.closesOn, "closes_on"));
    if (window.closesOn < today) return invalid("closes_on", "must not be in the past; close the window instead");
    details["closes_on"] = window.closesOn;
  }
  if (window.closesOn < window.opensOn) return invalid("closes_on", "must not be before opens_on");
  if (changes.minGroupSize) {
    ACCORD_TRY(window.minGroupSize, checkMinGroupSize(changes.minGroupSize));
    details["min_group_size"] = window.minGroupSize;
  }
  ACCORD_CHECK(tx->surveys().updateWindow(window));
  ACCORD_CHECK(audit(*tx, districtId, caller, "survey_window.update", "survey_window", window.id, details, now));
  ACCORD_TRY(SurveyWindowView view, windowView(*tx, found.access, window, caller.user.id, today));
  ACCORD_CHECK(tx->commit());
  return view;
}

}  // namespace accord::domain
