#include "domain/event/schedule.hpp"
#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<EventSurveyResults> getEventSurveyResults(Store& store, const Caller& caller, long long eventId,
                                                 const std::string& today) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(EventRole role, eventRole(*tx, eventId, caller.user));
  if (!role.mayManage()) {
    ACCORD_TRY(auto teams, tx->events().teamsWithMember(caller.user.id));
    bool attendee = false;
    for (const auto& t : teams) attendee = attendee || t.eventId == eventId;
    if (!attendee) return forbidden("the results are for the organizers and the teams that attended");
  }
  ACCORD_TRY(auto responses, tx->events().surveyResponses(eventId));
  EventSurveyResults results;
  results.status = eventSurveyStatus(role.event.startsOn, role.event.endsOn, today);
  results.closesOn = eventSurveyClosesOn(role.event.endsOn);
  results.responses = static_cast<int>(responses.size());
  // While answers still come in, two readings would tell one person's answers apart; below the
  // minimum a result could point at the few who answered: nothing but the count is shown.
  results.shown = results.status == "closed" && results.responses >= results.minimum;
  if (!results.shown) return results;
  for (const auto& item : eventSurveyItems()) {
    EventSurveyItemResult r;
    r.item = item;
    r.counts.assign(5, 0);
    int answered = 0, sum = 0;
    for (const auto& response : responses) {
      auto it = response.answers.find(item);
      if (it == response.answers.end()) continue;
      ++r.counts[it->second - 1];
      ++answered;
      sum += it->second;
    }
    r.average = answered ? static_cast<double>(sum) / answered : 0;
    results.items.push_back(std::move(r));
  }
  for (const auto& response : responses)
    if (!response.comment.empty()) results.comments.push_back(response.comment);
  return results;
}

}  // namespace accord::domain
