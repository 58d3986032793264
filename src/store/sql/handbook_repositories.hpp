#pragma once
#include <soci/soci.h>

#include "domain/handbook/handbook.hpp"

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

}  // namespace accord::store
