#include "domain/event/waitlist.hpp"

namespace accord::domain {

Result<std::vector<long long>> fillPlaces(Transaction& tx, const Event& event, UnixSeconds now) {
  std::vector<long long> promoted;
  ACCORD_TRY(int registered, tx.events().registeredCount(event.id));
  while (registered < event.teamCapacity) {
    ACCORD_TRY(auto next, tx.events().firstWaitlisted(event.id));
    if (!next) break;
    ACCORD_CHECK(tx.events().setTeamStatus(*next, "registered", now));
    promoted.push_back(*next);
    ++registered;
  }
  return promoted;
}

}  // namespace accord::domain
