#include "domain/audit/use_cases.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<void> auditAgendaItem(Transaction& tx, const Caller& caller, const Meeting& meeting, std::string action,
                             const AgendaItem& item, nlohmann::json details, UnixSeconds now) {
  if (!details.is_object()) details = nlohmann::json::object();
  details["item_id"] = item.id;
  ACCORD_TRY(bool confidential, isConfidentialItem(tx, meeting.districtId, item));
  if (confidential) details = confidentialDetails(meeting.bodyId, std::move(details));
  else details["title"] = item.title;
  return audit(tx, meeting.districtId, caller, std::move(action), "meeting", meeting.id, details, now);
}

}  // namespace accord::domain
