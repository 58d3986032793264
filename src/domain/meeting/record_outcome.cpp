#include "domain/audit/use_cases.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

// An outcome records what happened to an item in the meeting; it does not change the agenda,
// so the co-chairs' approvals stand.
Result<AgendaItem> recordOutcome(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                 long long meetingId, long long itemId, const std::string& outcome, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(MeetingAccess access, meetingAccess(*tx, districtId, bodyId, meetingId, caller.user));
  ACCORD_CHECK(mayKeepRecord(access.body, caller.user));
  if (!isOutcome(outcome)) return invalid("outcome", "must be done or carried_over");
  ACCORD_TRY(AgendaItem item, tx->meetings().item(meetingId, itemId));
  item.outcome = outcome;
  ACCORD_CHECK(tx->meetings().updateItem(item));
  ACCORD_CHECK(audit(*tx, districtId, caller, "agenda.item.outcome", "meeting", meetingId,
                     {{"item_id", itemId}, {"outcome", outcome}}, now));
  ACCORD_CHECK(screenAgendaItem(*tx, access.body, item));
  ACCORD_CHECK(tx->commit());
  return item;
}

}  // namespace accord::domain
