#include "domain/notification/notify.hpp"

#include <algorithm>

#include "domain/account/account.hpp"
#include "domain/notification/notification_subject.hpp"
#include "domain/notification/use_cases.hpp"

namespace accord::domain {

Result<std::vector<long long>> notify(Transaction& tx, const NotificationEvent& event,
                                      const std::vector<long long>& recipients) {
  std::vector<long long> notified;
  for (long long userId : recipients) {
    if (userId == event.actorId) continue;
    if (std::find(notified.begin(), notified.end(), userId) != notified.end()) continue;
    ACCORD_TRY(User user, tx.users().byId(userId));
    auto access = notificationSubject(tx, event.districtId, event.subject, user);
    if (!access.ok()) {
      if (access.error().code == ErrorCode::kNotFound || access.error().code == ErrorCode::kForbidden) continue;
      return access.takeError();
    }
    Notification n;
    n.districtId = event.districtId;
    n.userId = userId;
    n.kind = event.kind;
    n.subjectType = event.subject.type;
    n.subjectId = event.subject.id;
    n.actorId = event.actorId;
    n.createdAt = event.at;
    ACCORD_TRY(n.id, tx.notifications().insertNotification(n));
    ACCORD_TRY(auto delivery, readDeliveries(tx, userId));
    if (delivery[event.kind] == kDeliveryImmediately) ACCORD_CHECK(tx.notifications().queueEmail(n.id));
    notified.push_back(userId);
  }
  return notified;
}

void addNotified(std::vector<long long>* out, const std::vector<long long>& more) {
  if (out) out->insert(out->end(), more.begin(), more.end());
}

}  // namespace accord::domain
