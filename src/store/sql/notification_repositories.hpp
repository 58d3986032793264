#pragma once
#include <soci/soci.h>

#include "domain/notification/notification.hpp"

namespace accord::store {

class SqlNotifications final : public domain::NotificationRepository {
 public:
  explicit SqlNotifications(soci::session& sql) : sql_(sql) {}
  Result<std::map<std::string, std::string>> deliveries(long long userId) override;
  Result<void> setDelivery(long long userId, const std::string& kind, const std::string& delivery) override;
  Result<std::vector<domain::User>> recipients(const std::string& day, long long afterId, int limit) override;
  Result<bool> claimDigest(long long userId, const std::string& day, UnixSeconds now, UnixSeconds staleBefore) override;
  Result<void> finishDigest(long long userId, const std::string& day, const std::string& status,
                            const std::string& error, UnixSeconds now) override;

  Result<long long> insertNotification(const domain::Notification& notification) override;
  Result<domain::Page<domain::Notification>> notificationsOf(long long userId, bool unreadOnly, long long beforeId,
                                                             int limit) override;
  Result<domain::Notification> notificationOf(long long userId, long long notificationId) override;
  Result<long long> unreadCount(long long userId) override;
  Result<void> markRead(long long userId, long long notificationId, UnixSeconds at) override;
  Result<void> markAllRead(long long userId, UnixSeconds at) override;
  Result<std::vector<long long>> threadAuthors(long long districtId, const std::string& subjectType,
                                               long long subjectId) override;
  Result<void> queueEmail(long long notificationId) override;
  Result<std::vector<domain::Notification>> pendingEmails(long long afterId, int limit) override;
  Result<int> claimEmail(long long notificationId, UnixSeconds now, UnixSeconds staleBefore) override;
  Result<void> finishEmail(long long notificationId, const std::string& status, const std::string& error,
                           UnixSeconds now) override;

 private:
  soci::session& sql_;
};

}  // namespace accord::store
