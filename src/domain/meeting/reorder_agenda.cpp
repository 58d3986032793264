#include <algorithm>
#include <set>

#include "domain/audit/use_cases.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<std::vector<AgendaItem>> reorderAgenda(Store& store, const Caller& caller, long long districtId,
                                              long long bodyId, long long meetingId,
                                              const std::vector<long long>& itemIds, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(MeetingAccess access, meetingAccess(*tx, districtId, bodyId, meetingId, caller.user));
  ACCORD_CHECK(mayEditAgenda(access.body, caller.user));
  ACCORD_TRY(auto agenda, tx->meetings().agenda(meetingId));
  std::set<long long> given(itemIds.begin(), itemIds.end());
  std::set<long long> present;
  for (const auto& item : agenda) present.insert(item.id);
  if (given.size() != itemIds.size() || given != present)
    return invalid("item_ids", "must list every item of the agenda exactly once");
  std::vector<AgendaItem> ordered;
  for (long long id : itemIds) {
    auto it = std::find_if(agenda.begin(), agenda.end(), [id](const AgendaItem& i) { return i.id == id; });
    AgendaItem item = *it;
    item.position = static_cast<int>(ordered.size()) + 1;
    if (item.position != it->position) ACCORD_CHECK(tx->meetings().updateItem(item));
    ordered.push_back(std::move(item));
  }
  ACCORD_CHECK(withdrawApprovals(*tx, access.meeting));
  ACCORD_CHECK(audit(*tx, districtId, caller, "agenda.reorder", "meeting", meetingId, {{"item_ids", itemIds}}, now));
  ACCORD_CHECK(screenAgenda(*tx, access.body, ordered));
  ACCORD_CHECK(tx->commit());
  return ordered;
}

}  // namespace accord::domain
