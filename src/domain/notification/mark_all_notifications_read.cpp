#include "domain/notification/use_cases.hpp"

namespace accord::domain {

Result<long long> markAllNotificationsRead(Store& store, const Caller& caller, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(tx->notifications().markAllRead(caller.user.id, now));
  ACCORD_TRY(long long unread, tx->notifications().unreadCount(caller.user.id));
  ACCORD_CHECK(tx->commit());
  return unread;
}

}  // namespace accord::domain
