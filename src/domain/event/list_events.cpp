#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<std::vector<Event>> listEvents(Store& store, const Caller&) {
  // Events are the network's: every signed-in person reads them.
  ACCORD_TRY(auto tx, store.readOneStatement());
  return tx->events().list(500);
}

}  // namespace accord::domain
