#include "domain/audit/use_cases.hpp"

namespace accord::domain {

namespace {

AuditEntry entryOf(long long actorId, std::string action, std::string subjectType, long long subjectId,
                   const nlohmann::json& details, UnixSeconds now) {
  AuditEntry entry;
  entry.actorId = actorId;
  entry.at = now;
  entry.action = std::move(action);
  entry.subjectType = std::move(subjectType);
  entry.subjectId = subjectId;
  entry.details = details.is_object() ? details.dump() : "{}";
  return entry;
}

}  // namespace

nlohmann::json confidentialDetails(long long bodyId, nlohmann::json details) {
  if (!details.is_object()) details = nlohmann::json::object();
  for (const char* words : {"title", "text", "description", "name"}) details.erase(words);
  details["confidential"] = true;
  details["body_id"] = bodyId;
  return details;
}

Result<void> audit(Transaction& tx, long long districtId, const Caller& caller, std::string action,
                   std::string subjectType, long long subjectId, const nlohmann::json& details, UnixSeconds now) {
  AuditEntry entry = entryOf(caller.user.id, std::move(action), std::move(subjectType), subjectId, details, now);
  entry.districtId = districtId;
  return tx.audit().record(entry);
}

Result<void> auditByRule(Transaction& tx, long long districtId, std::string action, std::string subjectType,
                         long long subjectId, const nlohmann::json& details, UnixSeconds now) {
  AuditEntry entry = entryOf(0, std::move(action), std::move(subjectType), subjectId, details, now);
  entry.districtId = districtId;
  return tx.audit().record(entry);
}

Result<void> auditNetwork(Transaction& tx, const User* actor, std::string action, std::string subjectType,
                          long long subjectId, const nlohmann::json& details, UnixSeconds now) {
  return tx.audit().recordNetwork(
      entryOf(actor ? actor->id : 0, std::move(action), std::move(subjectType), subjectId, details, now));
}

}  // namespace accord::domain
