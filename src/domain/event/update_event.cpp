#include "domain/audit/use_cases.hpp"
#include "common/calendar_date.hpp"
#include "domain/event/schedule.hpp"
#include "domain/event/use_cases.hpp"
#include "domain/event/waitlist.hpp"

namespace accord::domain {

Result<Event> updateEvent(Store& store, const Caller& caller, long long eventId, const EventInput& input,
                          UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(EventRole role, eventRole(*tx, eventId, caller.user));
  ACCORD_CHECK(mayManageEvent(role));
  Event event = role.event;
  ACCORD_CHECK(applyEventInput(event, input));
  // A closed survey stays closed: reopened, a late answer could be read off two readings of the results.
  std::string today = isoDateOf(now);
  if (eventSurveyStatus(role.event.startsOn, role.event.endsOn, today) == "closed" &&
      (event.startsOn != role.event.startsOn || event.endsOn != role.event.endsOn))
    return conflict("the post-event survey has closed, so the event's dates stay as they are",
                    event.endsOn != role.event.endsOn ? "ends_on" : "starts_on");
  event.updatedAt = now;
  ACCORD_CHECK(tx->events().lockTeams(eventId));
  ACCORD_CHECK(tx->events().update(event));
  ACCORD_CHECK(fillPlaces(*tx, event, now));
  ACCORD_CHECK(auditNetwork(*tx, &caller.user, "event.update", "event", event.id,
                            {{"title", event.title}, {"team_capacity", event.teamCapacity},
                             {"registration_open", event.registrationOpen}},
                            now));
  ACCORD_CHECK(tx->commit());
  return event;
}

}  // namespace accord::domain
