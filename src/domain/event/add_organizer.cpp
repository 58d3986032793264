#include "domain/audit/use_cases.hpp"
#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<std::vector<Organizer>> addOrganizer(Store& store, const Caller& caller, long long eventId,
                                            const std::string& email, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(EventRole role, eventRole(*tx, eventId, caller.user));
  ACCORD_CHECK(mayManageEvent(role));
  auto user = tx->users().byEmail(email);
  if (!user.ok()) {
    if (user.error().code == ErrorCode::kNotFound) return invalid("email", "no account has this e-mail address");
    return user.takeError();
  }
  auto added = tx->events().addOrganizer(eventId, user->id);
  if (!added.ok()) {
    if (added.error().code == ErrorCode::kConflict) return conflict("already an organizer", "email");
    return added.takeError();
  }
  ACCORD_CHECK(auditNetwork(*tx, &caller.user, "event_organizer.add", "event", eventId, {{"user_id", user->id}}, now));
  ACCORD_TRY(auto organizers, tx->events().organizers(eventId));
  ACCORD_CHECK(tx->commit());
  return organizers;
}

}  // namespace accord::domain
