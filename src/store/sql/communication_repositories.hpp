#pragma once
#include <soci/soci.h>

#include "domain/communication/communication.hpp"

namespace accord::store {

class SqlCommunications final : public domain::CommunicationRepository {
 public:
  explicit SqlCommunications(soci::session& sql) : sql_(sql) {}
  Result<long long> insert(const domain::Communication& communication) override;
  Result<void> update(const domain::Communication& communication) override;
  Result<domain::Communication> byId(long long districtId, long long id) override;
  Result<domain::Page<domain::Communication>> listVisible(long long districtId, long long viewerId, long long bodyId,
                                                          long long beforeId, int limit) override;
  Result<void> addSignature(long long communicationId, const domain::CommunicationSignature& signature) override;
  Result<void> clearSignatures(long long communicationId) override;
  Result<bool> markRead(long long communicationId, long long userId, UnixSeconds at) override;
  Result<bool> hasRead(long long communicationId, long long userId) override;
  Result<std::vector<domain::CommunicationReader>> readers(long long communicationId) override;

 private:
  void fillSignatures(domain::Communication& communication);
  soci::session& sql_;
};

}  // namespace accord::store
