#pragma once
#include <soci/soci.h>

#include "domain/selfcheck/selfcheck.hpp"

namespace accord::store {

class SqlSelfChecks final : public domain::SelfCheckRepository {
 public:
  explicit SqlSelfChecks(soci::session& sql) : sql_(sql) {}
  Result<domain::SelfCheck> byYear(long long districtId, long long bodyId, int year) override;
  Result<std::vector<domain::SelfCheck>> ofBody(long long districtId, long long bodyId) override;
  Result<long long> start(const domain::SelfCheck& check) override;
  Result<void> setRating(long long selfCheckId, const domain::StructureRating& rating) override;
  Result<void> touch(long long selfCheckId, UnixSeconds at) override;

 private:
  soci::session& sql_;
};

}  // namespace accord::store
