#include "domain/audit/use_cases.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<AgendaItem> addAgendaItem(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                 long long meetingId, const AgendaItemInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(MeetingAccess access, meetingAccess(*tx, districtId, bodyId, meetingId, caller.user));
  ACCORD_CHECK(mayProposeAgendaItem(access.body));
  if (!input.title) return invalid("title", "is required");
  AgendaItem item;
  item.meetingId = meetingId;
  item.proposedBy = caller.user.id;
  item.createdAt = now;
  ACCORD_CHECK(applyAgendaItemInput(*tx, caller.user, access.meeting, item, input));
  ACCORD_TRY(auto agenda, tx->meetings().agenda(meetingId));
  item.position = agenda.empty() ? 1 : agenda.back().position + 1;
  ACCORD_TRY(item.id, tx->meetings().insertItem(item));
  ACCORD_CHECK(withdrawApprovals(*tx, access.meeting));
  ACCORD_CHECK(auditAgendaItem(*tx, caller, access.meeting, "agenda.item.add", item,
                               {{"time_box_minutes", item.timeBoxMinutes}}, now));
  ACCORD_CHECK(screenAgendaItem(*tx, access.body, item));
  ACCORD_CHECK(tx->commit());
  return item;
}

}  // namespace accord::domain
