#include <set>

#include "common/calendar_date.hpp"
#include "domain/survey/use_cases.hpp"
#include "domain/survey/window_rules.hpp"

namespace accord::domain {

Result<void> answerClimateSurvey(Store& store, const Caller& caller, long long districtId, long long windowId,
                                 const ClimateAnswerInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(WindowAccess found, windowAccess(*tx, districtId, windowId, caller.user));
  const SurveyWindow& window = found.window;
  if (!window.climate || !window.instrument) return notFound("this survey window has no climate survey");
  if (windowStatus(window, isoDateOf(now)) != "open") return conflict("the survey window is not open");

  ClimateResponse response;
  response.side = found.access.district.side;
  ACCORD_TRY(response.school, respondentSchool(window.schools, input.school, false));
  std::set<std::string> seen;
  for (const auto& [key, value] : input.answers) {
    std::string field = "answers." + key;
    if (!findItem(*window.instrument, key).item) return invalid(field, "is not an item of this survey");
    if (!seen.insert(key).second) return invalid(field, "is answered twice");
    if (!value) continue;  // skipped
    if (*value < 1 || *value > kLikertPoints)
      return invalid(field, "must be a whole number from 1 to 5, or null to skip the item");
    response.answers.push_back({key, static_cast<int>(*value)});
  }
  if (response.answers.empty()) return invalid("answers", "answer at least one item");

  ACCORD_CHECK(tx->surveys().recordClimateParticipation(window.id, caller.user.id));
  ACCORD_CHECK(tx->surveys().insertClimateResponse(window.id, response));
  // No audit entry: who answered and when, beside results read before and after, is what the answer was.
  return tx->commit();
}

}  // namespace accord::domain
