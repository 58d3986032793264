#pragma once
#include <soci/soci.h>

#include "domain/charter/charter.hpp"

namespace accord::store {

class SqlCharters final : public domain::CharterRepository {
 public:
  explicit SqlCharters(soci::session& sql) : sql_(sql) {}
  Result<int> nextNumber(long long bodyId) override;
  Result<long long> insert(const domain::CharterVersion& version) override;
  Result<void> update(const domain::CharterVersion& version) override;
  Result<domain::CharterVersion> byId(long long districtId, long long bodyId, long long versionId) override;
  Result<domain::CharterVersion> inForce(long long districtId, long long bodyId) override;
  Result<domain::Page<domain::CharterVersion>> list(long long districtId, long long bodyId, long long afterId,
                                                    int limit) override;
  Result<void> setSigners(long long versionId, const std::vector<domain::CharterSigner>& signers) override;
  Result<void> clearSignatures(long long versionId) override;
  Result<void> markSigned(long long versionId, long long userId, UnixSeconds at) override;

 private:
  Result<void> fillSigners(domain::CharterVersion& version);
  soci::session& sql_;
};

}  // namespace accord::store
