#include "domain/notification/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

json notificationJson(const domain::NotificationView& v) {
  const domain::Notification& n = v.notification;
  return {{"id", n.id},
          {"kind", n.kind},
          {"district_id", n.districtId},
          {"district_name", n.districtName},
          {"subject_type", n.subjectType},
          {"subject_id", n.subjectId},
          {"available", v.available},
          {"title", v.available ? json(v.title) : json(nullptr)},
          {"path", v.available ? json(v.path) : json(nullptr)},
          {"actor_name", n.actorName.empty() ? json(nullptr) : json(n.actorName)},
          {"created_at", n.createdAt},
          {"read", n.readAt.has_value()},
          {"read_at", orNull(n.readAt)}};
}

Result<Response> listNotifications(Services s, Request& req) {
  ACCORD_TRY(auto page, pageQuery(req));
  ACCORD_TRY(bool unread, queryFlag(req, "unread"));
  ACCORD_TRY(auto items, domain::listNotifications(s.store, *req.caller, unread, page.cursor, page.limit));
  return jsonResponse(200, pageJson(items, notificationJson));
}

Result<Response> unreadCount(Services s, Request& req) {
  ACCORD_TRY(long long unread, domain::countUnreadNotifications(s.store, *req.caller));
  return jsonResponse(200, {{"unread", unread}});
}

Result<Response> markRead(Services s, const SubjectChanges& live, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "notification", "notification"));
  ACCORD_TRY(long long unread, domain::markNotificationRead(s.store, *req.caller, id, nowSeconds()));
  live.notified({req.caller->user.id});  // the person's other open pages update their count
  return jsonResponse(200, {{"unread", unread}});
}

Result<Response> markAllRead(Services s, const SubjectChanges& live, Request& req) {
  ACCORD_TRY(long long unread, domain::markAllNotificationsRead(s.store, *req.caller, nowSeconds()));
  live.notified({req.caller->user.id});
  return jsonResponse(200, {{"unread", unread}});
}

}  // namespace

void addNotificationRoutes(Router& router, Services s, SubjectChanges live) {
  const std::string base = "/api/v1/me/notifications";
  const auto session = Access::kSession;
  router.add("GET", base + "/items", session, [s](Request& r) { return listNotifications(s, r); });
  router.add("GET", base + "/unread-count", session, [s](Request& r) { return unreadCount(s, r); });
  router.add("POST", base + "/{notification}/read", session, [s, live](Request& r) { return markRead(s, live, r); });
  router.add("POST", base + "/read-all", session, [s, live](Request& r) { return markAllRead(s, live, r); });
  router.add("GET", base + "/live", session,
             [live](Request& r) { return live.notificationStream(r.caller->user.id); });
}

}  // namespace accord::http
