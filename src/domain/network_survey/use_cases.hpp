#pragma once
// The collaboration-network survey. Each function is one use case, in a file of the same name.
#include <optional>
#include <string>
#include <vector>

#include "domain/account/use_cases.hpp"
#include "domain/network_survey/network_density.hpp"
#include "domain/network_survey/network_survey.hpp"
#include "domain/survey/use_cases.hpp"

namespace accord::domain {

// At most this many (colleague, topic) contacts in one answer.
inline constexpr std::size_t kMaxNetworkContacts = 400;

struct NetworkAnswerInput {
  std::optional<std::string> school;     // required: one of the window's schools
  std::vector<NetworkContact> contacts;  // may be empty: someone who talks with nobody about these topics
};

// Any member of the district, once per window while it is open (a second time is kConflict). Each
// colleague must be another member of the district; each (colleague, topic) is named once. No
// audit entry is written.
Result<void> answerNetworkSurvey(Store& store, const Caller& caller, long long districtId, long long windowId,
                                 const NetworkAnswerInput& input, UnixSeconds now);

struct NetworkResultsView {
  SurveyWindowView window;
  std::vector<NetworkSchoolResult> schools;
};

// Per school and topic, aggregates only; who named whom is never part of a result.
// Readable as the climate results are: by every member alike, once the window has closed
// (checkMayReadResults).
Result<NetworkResultsView> getNetworkResults(Store& store, const Caller& caller, long long districtId,
                                             long long windowId, UnixSeconds now);

}  // namespace accord::domain
