#include "common/calendar_date.hpp"
#include "domain/event/check_in_statuses.hpp"

namespace accord::domain {

Result<std::vector<DashboardTeam>> getEventDashboard(Store& store, const Caller& caller, long long eventId,
                                                     const std::string& today) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(EventRole role, eventRole(*tx, eventId, caller.user));
  // Every district's team at once: for the organizers alone.
  if (!role.organizer) return forbidden("the dashboard is for the event's organizers");
  if (!isIsoDate(today)) return invalid("on", "must be a date written YYYY-MM-DD");
  ACCORD_TRY(auto teams, tx->events().teams(eventId));
  std::vector<DashboardTeam> out;
  for (auto& team : teams) {
    if (team.status == "withdrawn") continue;
    DashboardTeam row;
    ACCORD_TRY(auto goals, tx->events().goals(team.id));
    row.goals = static_cast<int>(goals.size());
    for (const auto& g : goals) row.broughtHome += g.actionItemId ? 1 : 0;
    if (team.status == "registered") {
      ACCORD_TRY(auto checkIns, tx->events().checkIns(team.id));
      row.checkIns = checkInStatuses(role.event, checkIns, today);
    }
    row.team = std::move(team);
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace accord::domain
