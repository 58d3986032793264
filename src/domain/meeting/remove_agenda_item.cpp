#include "domain/audit/use_cases.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<void> removeAgendaItem(Store& store, const Caller& caller, long long districtId, long long bodyId,
                              long long meetingId, long long itemId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(MeetingAccess access, meetingAccess(*tx, districtId, bodyId, meetingId, caller.user));
  ACCORD_CHECK(mayEditAgenda(access.body, caller.user));
  ACCORD_TRY(AgendaItem item, tx->meetings().item(meetingId, itemId));
  ACCORD_CHECK(tx->meetings().deleteItem(meetingId, itemId));
  ACCORD_CHECK(withdrawApprovals(*tx, access.meeting));
  ACCORD_CHECK(auditAgendaItem(*tx, caller, access.meeting, "agenda.item.remove", item, {}, now));
  return tx->commit();
}

}  // namespace accord::domain
