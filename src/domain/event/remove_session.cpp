#include "domain/audit/use_cases.hpp"
#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<void> removeSession(Store& store, const Caller& caller, long long eventId, long long sessionId,
                           UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(EventRole role, eventRole(*tx, eventId, caller.user));
  ACCORD_CHECK(mayManageEvent(role));
  ACCORD_TRY(EventSession session, tx->events().session(eventId, sessionId));
  ACCORD_CHECK(tx->events().removeSession(eventId, sessionId));
  ACCORD_CHECK(auditNetwork(*tx, &caller.user, "event_session.remove", "event_session", sessionId,
                            {{"event_id", eventId}, {"title", session.title}}, now));
  return tx->commit();
}

}  // namespace accord::domain
