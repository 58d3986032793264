#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<std::vector<Organizer>> removeOrganizer(Store& store, const Caller& caller, long long eventId,
                                               long long userId) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(EventRole role, eventRole(*tx, eventId, caller.user));
  if (!role.admin) return forbidden("only an Accord administrator names organizers");
  ACCORD_TRY(bool organizer, tx->events().isOrganizer(eventId, userId));
  if (!organizer) return notFound("no such organizer");
  ACCORD_CHECK(tx->events().removeOrganizer(eventId, userId));
  ACCORD_TRY(auto organizers, tx->events().organizers(eventId));
  ACCORD_CHECK(tx->commit());
  return organizers;
}

}  // namespace accord::domain
