#include "domain/audit/use_cases.hpp"
#include "domain/event/session_input.hpp"

namespace accord::domain {

Result<EventSession> addSession(Store& store, const Caller& caller, long long eventId, const SessionInput& input,
                                UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(EventRole role, eventRole(*tx, eventId, caller.user));
  ACCORD_CHECK(mayManageEvent(role));
  if (!input.title) return invalid("title", "is required");
  if (!input.startsAt) return invalid("starts_at", "is required");
  EventSession session;
  session.eventId = eventId;
  ACCORD_CHECK(applySessionInput(*tx, session, input));
  ACCORD_TRY(session.id, tx->events().insertSession(session));
  ACCORD_CHECK(auditNetwork(*tx, &caller.user, "event_session.create", "event_session", session.id,
                            {{"event_id", eventId}, {"title", session.title}}, now));
  ACCORD_CHECK(tx->commit());
  return session;
}

}  // namespace accord::domain
