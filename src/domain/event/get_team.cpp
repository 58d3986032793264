#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<TeamView> getTeam(Store& store, const Caller& caller, long long eventId, long long teamId) {
  ACCORD_TRY(auto tx, store.read());
  TeamView view;
  ACCORD_TRY(view.access, teamAccess(*tx, eventId, teamId, caller.user));
  ACCORD_TRY(view.goals, tx->events().goals(teamId));
  ACCORD_TRY(view.checkIns, tx->events().checkIns(teamId));
  return view;
}

}  // namespace accord::domain
