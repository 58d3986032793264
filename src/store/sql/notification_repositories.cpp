#include "store/sql/notification_repositories.hpp"

#include <limits>

#include "store/sql/errors.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

// A row written before deliveries existed says only whether the kind is on.
constexpr const char* kDeliveries =
    "SELECT kind, COALESCE(delivery, CASE WHEN enabled = 0 THEN 'off' ELSE 'digest' END) "
    "FROM notification_preferences WHERE user_id = :user";
constexpr const char* kSetDelivery =
    "INSERT INTO notification_preferences (user_id, kind, enabled, delivery) VALUES (:user, :kind, :enabled, :delivery) "
    "ON CONFLICT (user_id, kind) DO UPDATE SET enabled = excluded.enabled, delivery = excluded.delivery";
constexpr const char* kRecipients =
    "SELECT u.id, u.email, u.name, u.locale, u.is_admin, u.created_at FROM users u "
    "WHERE u.id > :after AND (EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id) "
    "OR EXISTS (SELECT 1 FROM practice_follows f WHERE f.user_id = u.id)) AND NOT EXISTS "
    "(SELECT 1 FROM notification_digests d WHERE d.user_id = u.id AND d.day = :day "
    "AND d.status IN ('sent', 'empty')) ORDER BY u.id LIMIT :limit";
// Inserts the claim, or takes over a failed attempt or a stale claim; a row it leaves alone
// counts as no change, so the caller learns whether it holds the claim.
constexpr const char* kClaimDigest =
    "INSERT INTO notification_digests (user_id, day, status, attempts, claimed_at) "
    "VALUES (:user, :day, 'sending', 1, :now) ON CONFLICT (user_id, day) DO UPDATE SET status = 'sending', "
    "attempts = notification_digests.attempts + 1, claimed_at = excluded.claimed_at "
    "WHERE notification_digests.status = 'failed' "
    "OR (notification_digests.status = 'sending' AND notification_digests.claimed_at < :stale)";
constexpr const char* kFinishDigest =
    "UPDATE notification_digests SET status = :status, error = :error, finished_at = :now "
    "WHERE user_id = :user AND day = :day";

constexpr const char* kInsertNotification =
    "INSERT INTO notifications (district_id, user_id, kind, subject_type, subject_id, actor_id, created_at) "
    "VALUES (:district, :user, :kind, :type, :subject, :actor, :at) RETURNING id";
#define ACCORD_NOTIFICATION_COLUMNS                                                                     \
  "SELECT n.id, n.district_id, n.user_id, n.kind, n.subject_type, n.subject_id, n.actor_id, n.created_at, " \
  "n.read_at, d.name, COALESCE(a.name, '') FROM notifications n JOIN districts d ON d.id = n.district_id "  \
  "LEFT JOIN users a ON a.id = n.actor_id "
constexpr const char* kNotificationsOf =
    ACCORD_NOTIFICATION_COLUMNS "WHERE n.user_id = :user AND n.id < :before ORDER BY n.id DESC LIMIT :limit";
constexpr const char* kUnreadNotificationsOf = ACCORD_NOTIFICATION_COLUMNS
    "WHERE n.user_id = :user AND n.read_at IS NULL AND n.id < :before ORDER BY n.id DESC LIMIT :limit";
constexpr const char* kNotificationOf = ACCORD_NOTIFICATION_COLUMNS "WHERE n.id = :id AND n.user_id = :user";
// From the emails, never a walk of every notification.
constexpr const char* kPendingEmails = ACCORD_NOTIFICATION_COLUMNS
    "WHERE n.id IN (SELECT notification_id FROM notification_emails WHERE status IN ('waiting', 'failed', 'sending') "
    "AND notification_id > :after ORDER BY notification_id LIMIT :limit) ORDER BY n.id";
#undef ACCORD_NOTIFICATION_COLUMNS
constexpr const char* kUnreadCount = "SELECT COUNT(*) FROM notifications WHERE user_id = :user AND read_at IS NULL";
constexpr const char* kMarkNotificationRead =
    "UPDATE notifications SET read_at = :at WHERE id = :id AND user_id = :user AND read_at IS NULL";
constexpr const char* kMarkAllRead =
    "UPDATE notifications SET read_at = :at WHERE user_id = :user AND read_at IS NULL";
constexpr const char* kThreadAuthors =
    "SELECT DISTINCT author_id FROM comments WHERE district_id = :district AND subject_type = :type "
    "AND subject_id = :subject AND deleted_at IS NULL";
constexpr const char* kQueueEmail =
    "INSERT INTO notification_emails (notification_id, status, attempts) VALUES (:id, 'waiting', 0)";
// As kClaimDigest: the update leaves a row held by a live sender alone.
constexpr const char* kClaimEmail =
    "UPDATE notification_emails SET status = 'sending', attempts = attempts + 1, claimed_at = :now "
    "WHERE notification_id = :id AND (status IN ('waiting', 'failed') OR (status = 'sending' AND claimed_at < :stale))";
constexpr const char* kEmailAttempts = "SELECT attempts FROM notification_emails WHERE notification_id = :id";
constexpr const char* kFinishEmail =
    "UPDATE notification_emails SET status = :status, error = :error, finished_at = :now WHERE notification_id = :id";

struct DeliveryRow {
  std::string kind, delivery;
  template <class Columns>
  void bind(Columns& st) {
    st.into(kind);
    st.into(delivery);
  }
  std::pair<std::string, std::string> take() const { return {kind, delivery}; }
};

// A digest's recipient: the person without the password hash, which a digest has no use for.
struct RecipientRow {
  domain::User u;
  int admin = 0;
  template <class Columns>
  void bind(Columns& st) {
    st.into(u.id);
    st.into(u.email);
    st.into(u.name);
    st.into(u.locale);
    st.into(admin);
    st.into(u.createdAt);
  }
  domain::User take() const {
    domain::User out = u;
    out.admin = admin != 0;
    return out;
  }
};

struct NotificationRow {
  domain::Notification n;
  OptionalColumn<long long> actor, readAt;
  template <class Columns>
  void bind(Columns& st) {
    st.into(n.id);
    st.into(n.districtId);
    st.into(n.userId);
    st.into(n.kind);
    st.into(n.subjectType);
    st.into(n.subjectId);
    st.into(actor);
    st.into(n.createdAt);
    st.into(readAt);
    st.into(n.districtName);
    st.into(n.actorName);
  }
  domain::Notification take() const {
    domain::Notification out = n;
    out.actorId = actor.get();
    out.readAt = readAt.get();
    return out;
  }
};

}  // namespace

Result<std::map<std::string, std::string>> SqlNotifications::deliveries(long long userId) {
  return guarded("notification preferences", [&]() -> Result<std::map<std::string, std::string>> {
    auto rows = selectKept<DeliveryRow>(sql_, kDeliveries, userId);
    return std::map<std::string, std::string>(rows.begin(), rows.end());
  });
}

Result<void> SqlNotifications::setDelivery(long long userId, const std::string& kind, const std::string& delivery) {
  return guarded("set notification preference", [&]() -> Result<void> {
    int enabled = delivery == domain::kDeliveryOff ? 0 : 1;
    sql_ << kSetDelivery, use(userId), use(kind), use(enabled), use(delivery);
    return Ok{};
  });
}

Result<std::vector<domain::User>> SqlNotifications::recipients(const std::string& day, long long afterId, int limit) {
  return guarded("digest recipients", [&]() -> Result<std::vector<domain::User>> {
    return selectKept<RecipientRow>(sql_, kRecipients, afterId, day, limit);
  });
}

Result<bool> SqlNotifications::claimDigest(long long userId, const std::string& day, UnixSeconds now,
                                           UnixSeconds staleBefore) {
  return guarded("claim digest", [&]() -> Result<bool> {
    soci::statement st = (sql_.prepare << kClaimDigest, use(userId), use(day), use(now), use(staleBefore));
    st.execute(true);
    return st.get_affected_rows() == 1;
  });
}

Result<void> SqlNotifications::finishDigest(long long userId, const std::string& day, const std::string& status,
                                            const std::string& error, UnixSeconds now) {
  return guarded("finish digest", [&]() -> Result<void> {
    sql_ << kFinishDigest, use(status), use(error), use(now), use(userId), use(day);
    return Ok{};
  });
}

Result<long long> SqlNotifications::insertNotification(const domain::Notification& n) {
  return guarded("write notification", [&]() -> Result<long long> {
    long long id = 0;
    Nullable<long long> actor(n.actorId);
    sql_ << kInsertNotification, use(n.districtId), use(n.userId), use(n.kind), use(n.subjectType),
        use(n.subjectId), use(actor.value, actor.ind), use(n.createdAt), into(id);
    return id;
  });
}

Result<domain::Page<domain::Notification>> SqlNotifications::notificationsOf(long long userId, bool unreadOnly,
                                                                             long long beforeId, int limit) {
  return guarded("list notifications", [&]() -> Result<domain::Page<domain::Notification>> {
    long long before = beforeId > 0 ? beforeId : std::numeric_limits<long long>::max();
    int fetch = limit + 1;
    auto rows = selectKept<NotificationRow>(sql_, unreadOnly ? kUnreadNotificationsOf : kNotificationsOf, userId,
                                            before, fetch);
    return toPage(std::move(rows), limit, [](const domain::Notification& n) { return n.id; });
  });
}

Result<domain::Notification> SqlNotifications::notificationOf(long long userId, long long notificationId) {
  return guarded("read notification", [&]() -> Result<domain::Notification> {
    auto rows = selectKept<NotificationRow>(sql_, kNotificationOf, notificationId, userId);
    if (rows.empty()) return notFound("no such notification");
    return std::move(rows.front());
  });
}

Result<long long> SqlNotifications::unreadCount(long long userId) {
  return guarded("count unread notifications", [&]() -> Result<long long> {
    auto rows = selectKept<IntegerRow>(sql_, kUnreadCount, userId);
    return rows.empty() ? 0 : rows.front();
  });
}

Result<void> SqlNotifications::markRead(long long userId, long long notificationId, UnixSeconds at) {
  return guarded("mark notification read", [&]() -> Result<void> {
    sql_ << kMarkNotificationRead, use(at), use(notificationId), use(userId);
    return Ok{};
  });
}

Result<void> SqlNotifications::markAllRead(long long userId, UnixSeconds at) {
  return guarded("mark notifications read", [&]() -> Result<void> {
    sql_ << kMarkAllRead, use(at), use(userId);
    return Ok{};
  });
}

Result<std::vector<long long>> SqlNotifications::threadAuthors(long long districtId, const std::string& subjectType,
                                                               long long subjectId) {
  return guarded("thread authors", [&]() -> Result<std::vector<long long>> {
    return selectKept<IntegerRow>(sql_, kThreadAuthors, districtId, subjectType, subjectId);
  });
}

Result<void> SqlNotifications::queueEmail(long long notificationId) {
  return guarded("queue notification email", [&]() -> Result<void> {
    sql_ << kQueueEmail, use(notificationId);
    return Ok{};
  });
}

Result<std::vector<domain::Notification>> SqlNotifications::pendingEmails(long long afterId, int limit) {
  return guarded("pending notification emails", [&]() -> Result<std::vector<domain::Notification>> {
    return selectKept<NotificationRow>(sql_, kPendingEmails, afterId, limit);
  });
}

Result<int> SqlNotifications::claimEmail(long long notificationId, UnixSeconds now, UnixSeconds staleBefore) {
  return guarded("claim notification email", [&]() -> Result<int> {
    soci::statement st = (sql_.prepare << kClaimEmail, use(now), use(notificationId), use(staleBefore));
    st.execute(true);
    if (st.get_affected_rows() != 1) return 0;
    int attempts = 0;
    sql_ << kEmailAttempts, use(notificationId), into(attempts);
    return attempts;
  });
}

Result<void> SqlNotifications::finishEmail(long long notificationId, const std::string& status,
                                           const std::string& error, UnixSeconds now) {
  return guarded("finish notification email", [&]() -> Result<void> {
    sql_ << kFinishEmail, use(status), use(error), use(now), use(notificationId);
    return Ok{};
  });
}

}  // namespace accord::store
