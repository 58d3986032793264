#include "domain/notification/use_cases.hpp"

namespace accord::domain {

Result<long long> markNotificationRead(Store& store, const Caller& caller, long long notificationId,
                                       UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(tx->notifications().notificationOf(caller.user.id, notificationId));
  ACCORD_CHECK(tx->notifications().markRead(caller.user.id, notificationId, now));
  ACCORD_TRY(long long unread, tx->notifications().unreadCount(caller.user.id));
  ACCORD_CHECK(tx->commit());
  return unread;
}

}  // namespace accord::domain
