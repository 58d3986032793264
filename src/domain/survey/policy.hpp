#pragma once
// Who may do what with the partnership surveys. Every survey use case starts with surveyAccess()
// or windowAccess().
#include <string>

#include "domain/account/account.hpp"
#include "domain/district/district.hpp"
#include "domain/survey/survey.hpp"

namespace accord::domain {

struct SurveyAccess {
  Membership district;   // the caller's membership: any member answers, with the side it gives
  bool steward = false;  // a district leader or a co-chair of a district-level body
};

struct WindowAccess {
  SurveyAccess access;
  SurveyWindow window;
};

// The district must be the caller's (else kNotFound).
Result<SurveyAccess> surveyAccess(Transaction& tx, long long districtId, const User& caller);
// ... and the window must be in it (else kNotFound).
Result<WindowAccess> windowAccess(Transaction& tx, long long districtId, long long windowId, const User& caller);

// The instrument and the windows are set by the district's leaders and the co-chairs of the
// district committee (a body of level "district").
Result<void> mayManageSurveys(const SurveyAccess& access);

// Results are for every member alike, and only once the window has closed: while answers can
// still come in, two readings a response apart would show that one person's answers, so nobody
// (the stewards included) reads them. Before then a read is kConflict naming "window".
bool mayReadResults(const SurveyWindow& window, const std::string& today);
Result<void> checkMayReadResults(const SurveyWindow& window, const std::string& today);

}  // namespace accord::domain
