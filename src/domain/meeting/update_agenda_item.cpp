#include "domain/audit/use_cases.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<AgendaItem> updateAgendaItem(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                    long long meetingId, long long itemId, const AgendaItemInput& input,
                                    UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(MeetingAccess access, meetingAccess(*tx, districtId, bodyId, meetingId, caller.user));
  ACCORD_CHECK(mayEditAgenda(access.body, caller.user));
  ACCORD_TRY(AgendaItem item, tx->meetings().item(meetingId, itemId));
  ACCORD_CHECK(applyAgendaItemInput(*tx, caller.user, access.meeting, item, input));
  ACCORD_CHECK(tx->meetings().updateItem(item));
  ACCORD_CHECK(withdrawApprovals(*tx, access.meeting));
  ACCORD_CHECK(auditAgendaItem(*tx, caller, access.meeting, "agenda.item.update", item,
                               {{"time_box_minutes", item.timeBoxMinutes}}, now));
  ACCORD_CHECK(screenAgendaItem(*tx, access.body, item));
  ACCORD_CHECK(tx->commit());
  return item;
}

}  // namespace accord::domain
