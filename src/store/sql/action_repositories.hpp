#pragma once
#include <soci/soci.h>

#include "domain/action/action.hpp"

namespace accord::store {

class SqlActionItems final : public domain::ActionItemRepository {
 public:
  explicit SqlActionItems(soci::session& sql) : sql_(sql) {}
  Result<long long> insert(const domain::ActionItem& item) override;
  Result<void> update(const domain::ActionItem& item) override;
  Result<domain::ActionItem> byId(long long districtId, long long itemId) override;
  Result<std::vector<domain::ActionItem>> overdue(long long districtId, const std::string& today, long long ownerId,
                                                  int limit) override;
  Result<domain::Page<domain::ActionItem>> list(long long districtId, const domain::ActionFilter& filter,
                                                long long afterId, int limit) override;

 private:
  soci::session& sql_;
};

}  // namespace accord::store
