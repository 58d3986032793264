#include "domain/audit/use_cases.hpp"
#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<std::vector<Organizer>> removeOrganizer(Store& store, const Caller& caller, long long eventId,
                                               long long userId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(EventRole role, eventRole(*tx, eventId, caller.user));
  ACCORD_CHECK(mayManageEvent(role));
  ACCORD_TRY(bool organizer, tx->events().isOrganizer(eventId, userId));
  if (!organizer) return notFound("no such organizer");
  ACCORD_CHECK(tx->events().removeOrganizer(eventId, userId));
  ACCORD_CHECK(auditNetwork(*tx, &caller.user, "event_organizer.remove", "event", eventId, {{"user_id", userId}}, now));
  ACCORD_TRY(auto organizers, tx->events().organizers(eventId));
  ACCORD_CHECK(tx->commit());
  return organizers;
}

}  // namespace accord::domain
