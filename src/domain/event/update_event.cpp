#include "domain/audit/use_cases.hpp"
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
