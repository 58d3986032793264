#include "domain/network_survey/network_survey.hpp"
#include "domain/survey/use_cases.hpp"

namespace accord::domain {

Result<SurveyWindowView> windowView(Transaction& tx, const SurveyAccess& access, const SurveyWindow& window,
                                    long long callerId, const std::string& today) {
  SurveyWindowView view;
  view.window = window;
  view.status = windowStatus(window, today);
  if (window.climate) {
    ACCORD_TRY(view.answeredClimate, tx.surveys().hasAnsweredClimate(window.id, callerId));
    ACCORD_TRY(view.climateResponses, tx.surveys().climateParticipants(window.id));
  }
  if (window.network) {
    ACCORD_TRY(view.answeredNetwork, tx.networkSurveys().hasAnswered(window.id, callerId));
    ACCORD_TRY(view.networkResponses, tx.networkSurveys().respondentCount(window.id));
  }
  view.resultsAvailable = mayReadResults(window, today);
  view.mayManage = access.steward;
  return view;
}

}  // namespace accord::domain
