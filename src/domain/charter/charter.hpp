#pragma once
// A joint body's charter: its mission, guiding principles and behaviour norms, as numbered versions.
// A version is a draft until every designated signer, of both sides, has signed it; then it is in force
// and the version in force before it is superseded.
#include <optional>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

struct CharterSigner {
  long long userId = 0;
  std::string side;  // labor or management, from the signer's seat when the version was drafted
  std::optional<UnixSeconds> signedAt;
  std::string userName;  // filled when read
};

struct CharterVersion {
  long long id = 0;
  long long districtId = 0;
  long long bodyId = 0;
  int number = 0;  // 1, 2, ... within the body
  std::string mission;
  std::vector<std::string> principles;
  std::vector<std::string> norms;
  std::string reviewDate;       // YYYY-MM-DD
  std::string status = "draft";  // draft, in_force, superseded
  long long createdBy = 0;
  UnixSeconds createdAt = 0;
  UnixSeconds updatedAt = 0;
  std::optional<UnixSeconds> effectiveAt;
  std::vector<CharterSigner> signers;  // filled when read
};

// Whether every designated signer has signed, and the signers hold both sides.
bool everySignerSigned(const std::vector<CharterSigner>& signers);
// Whether the signers include at least one of labor and one of management.
bool coversBothSides(const std::vector<CharterSigner>& signers);
// A charter in force is due for review when its review date has passed (`today` is YYYY-MM-DD)
// or the body flagged it (a co-chair changed).
bool charterReviewDue(const std::string& reviewDate, const std::string& today, bool flaggedByBody);

class CharterRepository {
 public:
  virtual ~CharterRepository() = default;
  // The number the body's next version gets.
  virtual Result<int> nextNumber(long long bodyId) = 0;
  virtual Result<long long> insert(const CharterVersion& version) = 0;
  // Content, status and effective time; not the signers.
  virtual Result<void> update(const CharterVersion& version) = 0;
  // Only within the district and the body: anything else is kNotFound. Signers included.
  virtual Result<CharterVersion> byId(long long districtId, long long bodyId, long long versionId) = 0;
  // kNotFound when no version of the body is in force.
  virtual Result<CharterVersion> inForce(long long districtId, long long bodyId) = 0;
  // Oldest first, after `afterId`; signers included.
  virtual Result<Page<CharterVersion>> list(long long districtId, long long bodyId, long long afterId,
                                            int limit) = 0;
  // Replaces the designated signers (and so drops every signature).
  virtual Result<void> setSigners(long long versionId, const std::vector<CharterSigner>& signers) = 0;
  virtual Result<void> clearSignatures(long long versionId) = 0;
  virtual Result<void> markSigned(long long versionId, long long userId, UnixSeconds at) = 0;
};

}  // namespace accord::domain
