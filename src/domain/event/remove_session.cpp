#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<void> removeSession(Store& store, const Caller& caller, long long eventId, long long sessionId) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(EventRole role, eventRole(*tx, eventId, caller.user));
  ACCORD_CHECK(mayManageEvent(role));
  ACCORD_CHECK(tx->events().session(eventId, sessionId));
  ACCORD_CHECK(tx->events().removeSession(eventId, sessionId));
  return tx->commit();
}

}  // namespace accord::domain
