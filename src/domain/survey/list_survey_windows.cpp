#include "common/calendar_date.hpp"
#include "domain/survey/use_cases.hpp"

namespace accord::domain {

Result<std::vector<SurveyWindowView>> listSurveyWindows(Store& store, const Caller& caller, long long districtId,
                                                        UnixSeconds now) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(SurveyAccess access, surveyAccess(*tx, districtId, caller.user));
  ACCORD_TRY(auto windows, tx->surveys().windows(districtId));
  std::string today = isoDateOf(now);
  std::vector<SurveyWindowView> out;
  for (const auto& window : windows) {
    ACCORD_TRY(auto view, windowView(*tx, access, window, caller.user.id, today));
    out.push_back(std::move(view));
  }
  return out;
}

}  // namespace accord::domain
