#pragma once
#include <soci/soci.h>

#include "domain/audit/audit.hpp"
#include "domain/body/body.hpp"

namespace accord::store {

class SqlAudit final : public domain::AuditRepository {
 public:
  explicit SqlAudit(soci::session& sql) : sql_(sql) {}
  Result<void> record(const domain::AuditEntry& entry) override;
  Result<domain::Page<domain::AuditEntry>> list(long long districtId, long long beforeId, int limit) override;
  Result<void> recordNetwork(const domain::AuditEntry& entry) override;
  Result<domain::Page<domain::AuditEntry>> listNetwork(long long beforeId, int limit) override;

 private:
  soci::session& sql_;
};

class SqlBodies final : public domain::BodyRepository {
 public:
  explicit SqlBodies(soci::session& sql) : sql_(sql) {}
  Result<long long> insert(const domain::Body& body) override;
  Result<domain::Body> byId(long long districtId, long long bodyId) override;
  Result<domain::Page<domain::Body>> list(long long districtId, long long afterId, int limit) override;
  Result<void> update(const domain::Body& body) override;
  Result<long long> insertMember(const domain::BodyMember& member) override;
  Result<void> removeMember(long long bodyId, long long userId) override;
  Result<std::vector<domain::BodyMember>> members(long long bodyId) override;
  Result<std::vector<domain::BodyMember>> seats(long long bodyId) override;
  Result<domain::BodyMember> member(long long bodyId, long long userId) override;
  Result<domain::BodyWithSeat> withSeatOf(long long districtId, long long bodyId, long long userId) override;
  Result<std::vector<domain::BodyMember>> seatsOf(long long districtId, long long userId) override;

 private:
  soci::session& sql_;
};

}  // namespace accord::store
