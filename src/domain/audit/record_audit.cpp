#include "domain/audit/use_cases.hpp"

namespace accord::domain {

Result<void> audit(Transaction& tx, long long districtId, const Caller& caller, std::string action,
                   std::string subjectType, long long subjectId, const nlohmann::json& details, UnixSeconds now) {
  AuditEntry entry;
  entry.districtId = districtId;
  entry.actorId = caller.user.id;
  entry.at = now;
  entry.action = std::move(action);
  entry.subjectType = std::move(subjectType);
  entry.subjectId = subjectId;
  entry.details = details.is_object() ? details.dump() : "{}";
  return tx.audit().record(entry);
}

}  // namespace accord::domain
