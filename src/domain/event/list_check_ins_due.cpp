#include "common/calendar_date.hpp"
#include "domain/event/check_in_statuses.hpp"

namespace accord::domain {

Result<std::vector<CheckInDue>> listCheckInsDue(Store& store, const Caller& caller, const std::string& today) {
  if (!isIsoDate(today)) return invalid("on", "must be a date written YYYY-MM-DD");
  ACCORD_TRY(auto tx, store.read());
  return checkInsDueFor(*tx, caller.user.id, today);
}

Result<std::vector<CheckInDue>> checkInsDueFor(Transaction& tx, long long userId, const std::string& today) {
  ACCORD_TRY(auto teams, tx.events().teamsWithMember(userId));
  std::vector<CheckInDue> out;
  for (auto& team : teams) {
    ACCORD_TRY(Event event, tx.events().byId(team.eventId));
    ACCORD_TRY(auto checkIns, tx.events().checkIns(team.id));
    for (auto& status : checkInStatuses(event, checkIns, today))
      if (status.state == "due" || status.state == "overdue") out.push_back({event, team, std::move(status)});
  }
  return out;
}

}  // namespace accord::domain
