#include <algorithm>

#include "common/calendar_date.hpp"
#include "domain/event/schedule.hpp"
#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<void> answerEventSurvey(Store& store, const Caller& caller, long long eventId,
                               const EventSurveyResponse& response, const std::string& today) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(EventRole role, eventRole(*tx, eventId, caller.user));
  ACCORD_TRY(auto teams, tx->events().teamsWithMember(caller.user.id));
  bool attendee = false;
  for (const auto& t : teams) attendee = attendee || t.eventId == eventId;
  if (!attendee) return forbidden("the survey is for the members of the teams that attended");
  std::string status = eventSurveyStatus(role.event.startsOn, role.event.endsOn, today);
  if (status == "scheduled") return conflict("the survey opens on the event's first day");
  if (status == "closed")
    return conflict("the survey closed on " + eventSurveyClosesOn(role.event.endsOn) + ", 14 days after the event");
  for (const auto& [item, value] : response.answers) {
    const auto& items = eventSurveyItems();
    if (std::find(items.begin(), items.end(), item) == items.end())
      return invalid("answers", "there is no item " + item);
    if (value < 1 || value > 5) return invalid("answers", "each answer is a whole number from 1 to 5");
  }
  for (const auto& item : eventSurveyItems())
    if (!response.answers.count(item)) return invalid("answers", "answer every item (" + item + " is missing)");
  if (response.comment.size() > 2000) return invalid("comment", "must be at most 2000 characters");
  // No audit entry: nothing about who answered what is kept beyond the fact that they answered.
  auto stored = tx->events().insertSurveyResponse(eventId, caller.user.id, response);
  if (!stored.ok()) {
    if (stored.error().code == ErrorCode::kConflict) return conflict("you have answered this survey already");
    return stored.takeError();
  }
  return tx->commit();
}

}  // namespace accord::domain
