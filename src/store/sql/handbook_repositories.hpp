#pragma once
#include <soci/soci.h>

#include "domain/handbook/handbook.hpp"
#include "domain/notification/notification.hpp"

namespace accord::store {

class SqlHandbook final : public domain::HandbookRepository {
 public:
  explicit SqlHandbook(soci::session& sql) : sql_(sql) {}
  Result<long long> recordLeadershipChange(const domain::LeadershipChange& change) override;
  Result<std::vector<domain::LeadershipChange>> leadershipChanges(long long districtId) override;
  Result<void> assignReading(long long districtId, long long userId, UnixSeconds at) override;
  Result<void> markRead(long long districtId, long long userId, UnixSeconds at) override;
  Result<std::optional<UnixSeconds>> readingDue(long long districtId, long long userId) override;

 private:
  soci::session& sql_;
};

class SqlNotifications final : public domain::NotificationRepository {
 public:
  explicit SqlNotifications(soci::session& sql) : sql_(sql) {}
  Result<std::map<std::string, bool>> preferences(long long userId) override;
  Result<void> setPreference(long long userId, const std::string& kind, bool enabled) override;
  Result<std::vector<domain::User>> recipients(const std::string& day, long long afterId, int limit) override;
  Result<bool> claimDigest(long long userId, const std::string& day, UnixSeconds now, UnixSeconds staleBefore) override;
  Result<void> finishDigest(long long userId, const std::string& day, const std::string& status,
                            const std::string& error, UnixSeconds now) override;

 private:
  soci::session& sql_;
};

}  // namespace accord::store
