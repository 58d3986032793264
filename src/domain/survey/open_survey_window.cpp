#include "common/calendar_date.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/outcome/outcome.hpp"
#include "domain/survey/use_cases.hpp"
#include "domain/survey/window_rules.hpp"

namespace accord::domain {

Result<SurveyWindowView> openSurveyWindow(Store& store, const Caller& caller, long long districtId,
                                          const WindowInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(SurveyAccess access, surveyAccess(*tx, districtId, caller.user));
  ACCORD_CHECK(mayManageSurveys(access));
  std::string today = isoDateOf(now);
  SurveyWindow window;
  window.districtId = districtId;
  ACCORD_TRY(window.year, checkSurveyYear(input.year, today));
  ACCORD_TRY(SurveyChoice surveys, checkSurveys(input.surveys));
  window.climate = surveys.climate;
  window.network = surveys.network;
  ACCORD_TRY(window.opensOn, checkWindowDate(input.opensOn, "opens_on"));
  ACCORD_TRY(window.closesOn, checkWindowDate(input.closesOn, "closes_on"));
  if (window.closesOn < window.opensOn) return invalid("closes_on", "must not be before opens_on");
  if (window.closesOn < today) return invalid("closes_on", "must not be in the past");
  ACCORD_TRY(window.minGroupSize, checkMinGroupSize(input.minGroupSize));
  // The district's own school list, where it has one, names the schools; else its site teams do.
  std::vector<std::string> listed;
  {
    ACCORD_TRY(auto schools, tx->outcomes().allSchools(districtId));
    for (const auto& school : schools) listed.push_back(school.name);
  }
  if (input.schools) {
    ACCORD_TRY(auto named, checkSchools(*input.schools));
    ACCORD_TRY(window.schools, linkSchools(named, listed));
  } else if (!listed.empty()) {
    window.schools = listed;
  } else {
    ACCORD_TRY(window.schools, tx->surveys().siteSchools(districtId));
  }
  if (window.network && window.schools.empty())
    return invalid("schools", "a network survey is reported per school: name the schools");
  if (window.climate) {
    ACCORD_TRY(auto own, tx->surveys().instrument(districtId));
    window.instrument = own ? std::move(*own) : defaultInstrument();
  }
  window.createdBy = caller.user.id;
  window.createdAt = now;
  ACCORD_TRY(window.id, tx->surveys().insertWindow(window));
  ACCORD_CHECK(audit(*tx, districtId, caller, "survey_window.open", "survey_window", window.id,
                     {{"year", window.year},
                      {"climate", window.climate},
                      {"network", window.network},
                      {"opens_on", window.opensOn},
                      {"closes_on", window.closesOn},
                      {"min_group_size", window.minGroupSize}},
                     now));
  ACCORD_TRY(SurveyWindowView view, windowView(*tx, access, window, caller.user.id, today));
  ACCORD_CHECK(tx->commit());
  return view;
}

}  // namespace accord::domain
