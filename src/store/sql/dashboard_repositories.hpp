#pragma once
#include <soci/soci.h>

#include "domain/dashboard/dashboard.hpp"

namespace accord::store {

class SqlDashboard final : public domain::DashboardRepository {
 public:
  explicit SqlDashboard(soci::session& sql) : sql_(sql) {}
  Result<std::vector<domain::AwaitingStance>> awaitingStance(long long districtId, long long readerId,
                                                             UnixSeconds now, int limit) override;
  Result<std::vector<domain::ReadyRequest>> readyRequests(long long districtId, long long readerId, int limit) override;
  Result<std::vector<domain::CharterToSign>> chartersToSign(long long districtId, long long readerId) override;
  Result<std::vector<domain::CommunicationRef>> communicationsToSign(long long districtId, long long readerId,
                                                                     int limit) override;
  Result<std::vector<domain::CommunicationRef>> unreadCommunications(long long districtId, long long readerId,
                                                                     int limit) override;

 private:
  soci::session& sql_;
};

}  // namespace accord::store
