#pragma once
// The audit log: one entry per write, who did what to which subject. Entries never carry
// caucus content; a use case that writes a caucus note records only that a note changed.
#include <string>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

struct AuditEntry {
  long long id = 0;
  long long districtId = 0;  // 0 in the network's own log
  long long actorId = 0;     // 0: the command line (network log only)
  UnixSeconds at = 0;
  std::string action;       // "body.create", "charter.sign", ...
  std::string subjectType;  // "body", "charter_version", ...
  long long subjectId = 0;
  std::string details;      // a JSON object of what changed, or "{}"; as listed, always JSON text
  std::string actorName;    // filled when listed
  // Filled when listed: the body of the issue or decision the entry is about, when that subject is
  // confidential; 0 for any other entry.
  long long confidentialSubjectBody = 0;
};

class AuditRepository {
 public:
  virtual ~AuditRepository() = default;
  virtual Result<void> record(const AuditEntry& entry) = 0;
  // Newest first, starting below `beforeId` (0: from the newest).
  virtual Result<Page<AuditEntry>> list(long long districtId, long long beforeId, int limit) = 0;
  // The network's own log: writes to what every district shares (events, the district directory).
  virtual Result<void> recordNetwork(const AuditEntry& entry) = 0;
  virtual Result<Page<AuditEntry>> listNetwork(long long beforeId, int limit) = 0;
};

}  // namespace accord::domain
