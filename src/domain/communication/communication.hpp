#pragma once
// Joint communications: a message from a body to all staff of its district, published only when both
// of the body's co-chairs have signed it; who has read it is recorded.
#include <optional>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

struct CommunicationSignature {
  long long userId = 0;
  std::string side;
  UnixSeconds signedAt = 0;
  std::string userName;  // filled when read
};

struct CommunicationReader {
  long long userId = 0;
  UnixSeconds readAt = 0;
  std::string userName;
};

struct Communication {
  long long id = 0;
  long long districtId = 0;
  long long bodyId = 0;
  std::string title;
  std::string text;
  std::string status = "draft";  // draft, published
  long long createdBy = 0;
  UnixSeconds createdAt = 0;
  UnixSeconds updatedAt = 0;
  std::optional<UnixSeconds> publishedAt;
  std::vector<CommunicationSignature> signatures;  // filled when read
};

// Whether both co-chairs (the ones named now) are among the signatures.
bool signedByBothCoChairs(const std::vector<CommunicationSignature>& signatures,
                          std::optional<long long> laborCoChairId, std::optional<long long> managementCoChairId);

class CommunicationRepository {
 public:
  virtual ~CommunicationRepository() = default;
  virtual Result<long long> insert(const Communication& communication) = 0;
  // Content, status and publication time; not the signatures.
  virtual Result<void> update(const Communication& communication) = 0;
  // Only within the district: anything else is kNotFound. Signatures included.
  virtual Result<Communication> byId(long long districtId, long long id) = 0;
  // Newest first, below `beforeId` (0: from the newest): the published ones, and the drafts of the
  // bodies `viewerId` sits in; only those of `bodyId` unless it is 0.
  virtual Result<Page<Communication>> listVisible(long long districtId, long long viewerId, long long bodyId,
                                                  long long beforeId, int limit) = 0;
  virtual Result<void> addSignature(long long communicationId, const CommunicationSignature& signature) = 0;
  virtual Result<void> clearSignatures(long long communicationId) = 0;
  // False when the person had read it already (nothing changes then).
  virtual Result<bool> markRead(long long communicationId, long long userId, UnixSeconds at) = 0;
  virtual Result<bool> hasRead(long long communicationId, long long userId) = 0;
  virtual Result<std::vector<CommunicationReader>> readers(long long communicationId) = 0;
};

}  // namespace accord::domain
