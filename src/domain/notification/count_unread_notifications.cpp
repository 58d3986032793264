#include "domain/notification/use_cases.hpp"

namespace accord::domain {

Result<long long> countUnreadNotifications(Store& store, const Caller& caller) {
  ACCORD_TRY(auto tx, store.readOneStatement());
  return tx->notifications().unreadCount(caller.user.id);
}

}  // namespace accord::domain
