#pragma once
#include <soci/soci.h>

#include "domain/caucus/caucus.hpp"

namespace accord::store {

class SqlCaucus final : public domain::CaucusRepository {
 public:
  explicit SqlCaucus(soci::session& sql) : sql_(sql) {}
  Result<long long> insert(const domain::CaucusNote& note) override;
  Result<domain::Page<domain::CaucusNote>> list(long long districtId, const domain::CaucusQuery& query,
                                                long long afterId, int limit) override;

 private:
  soci::session& sql_;
};

}  // namespace accord::store
