#pragma once
// The audit log: one entry per write, who did what to which subject. Entries never carry
// caucus content; a use case that writes a caucus note records only that a note changed.
#include <optional>
#include <string>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

struct AuditEntry {
  long long id = 0;
  long long districtId = 0;  // 0 in the network's own log
  long long actorId = 0;     // 0: nobody: a rule (a proposal closing by its rule), or the command line
                             // (network log)
  UnixSeconds at = 0;
  std::string action;       // "body.create", "charter.sign", ...
  std::string subjectType;  // "body", "charter_version", ...
  long long subjectId = 0;
  std::string details;      // a JSON object of what changed, or "{}"; as listed, always JSON text
  std::string actorName;    // filled when listed
  // Filled when listed: the body of the issue or decision the entry is about, when that subject is
  // confidential; 0 for any other entry.
  long long confidentialSubjectBody = 0;
  // Filled when listed: the subject's title or name as it is now (an issue's or proposal's title, a
  // body's name, ...), when the subject has one and the reader may see it; none once it is gone.
  std::optional<std::string> subjectTitle;
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
