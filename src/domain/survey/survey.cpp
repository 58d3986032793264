#include "domain/survey/survey.hpp"

namespace accord::domain {

std::string windowStatus(const SurveyWindow& window, const std::string& today) {
  if (window.closedEarly || today > window.closesOn) return "closed";
  if (today < window.opensOn) return "scheduled";
  return "open";
}

}  // namespace accord::domain
