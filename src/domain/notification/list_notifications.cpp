#include "domain/notification/notification_subject.hpp"
#include "domain/notification/use_cases.hpp"

namespace accord::domain {

Result<NotificationView> viewNotification(Transaction& tx, const Notification& n, const User& reader) {
  NotificationView view;
  view.notification = n;
  auto access = notificationSubject(tx, n.districtId, {n.subjectType, n.subjectId}, reader);
  if (!access.ok()) {
    if (access.error().code == ErrorCode::kNotFound || access.error().code == ErrorCode::kForbidden) {
      view.notification.actorName.clear();  // who acted on a subject the reader no longer sees
      return view;
    }
    return access.takeError();
  }
  view.available = true;
  view.title = access->title;
  view.path = "/districts/" + std::to_string(n.districtId) + access->path;
  return view;
}

Result<Page<NotificationView>> listNotifications(Store& store, const Caller& caller, bool unreadOnly,
                                                 long long cursor, int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(auto page, tx->notifications().notificationsOf(caller.user.id, unreadOnly, cursor, limit));
  Page<NotificationView> out;
  out.nextCursor = page.nextCursor;
  for (const auto& n : page.items) {
    ACCORD_TRY(auto view, viewNotification(*tx, n, caller.user));
    out.items.push_back(std::move(view));
  }
  return out;
}

}  // namespace accord::domain
