#include "domain/audit/use_cases.hpp"
#include "domain/event/session_input.hpp"

namespace accord::domain {

Result<EventSession> updateSession(Store& store, const Caller& caller, long long eventId, long long sessionId,
                                   const SessionInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(EventRole role, eventRole(*tx, eventId, caller.user));
  ACCORD_CHECK(mayManageEvent(role));
  ACCORD_TRY(EventSession session, tx->events().session(eventId, sessionId));
  ACCORD_CHECK(applySessionInput(*tx, session, input));
  ACCORD_CHECK(tx->events().updateSession(session));
  ACCORD_CHECK(auditNetwork(*tx, &caller.user, "event_session.update", "event_session", session.id,
                            {{"event_id", eventId}, {"title", session.title}}, now));
  ACCORD_CHECK(tx->commit());
  return session;
}

}  // namespace accord::domain
