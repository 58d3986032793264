#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<EventView> getEvent(Store& store, const Caller& caller, long long eventId) {
  ACCORD_TRY(auto tx, store.read());
  EventView view;
  ACCORD_TRY(view.role, eventRole(*tx, eventId, caller.user));
  ACCORD_TRY(view.organizers, tx->events().organizers(eventId));
  ACCORD_TRY(view.sessions, tx->events().sessions(eventId));
  ACCORD_TRY(auto teams, tx->events().teams(eventId));
  for (auto& team : teams) {
    if (team.status == "registered") ++view.registered;
    if (team.status == "waitlisted") ++view.waitlisted;
    auto membership = tx->districts().membership(team.districtId, caller.user.id);
    if (membership.ok()) {
      view.myTeams.push_back(std::move(team));
    } else if (membership.error().code != ErrorCode::kNotFound) {
      return membership.takeError();
    }
  }
  return view;
}

}  // namespace accord::domain
