#include "domain/audit/use_cases.hpp"
#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<void> removePlanGoal(Store& store, const Caller& caller, long long eventId, long long teamId,
                            long long goalId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(TeamAccess access, teamAccess(*tx, eventId, teamId, caller.user));
  ACCORD_CHECK(mayWorkOnTeam(access));
  ACCORD_TRY(PlanGoal goal, tx->events().goal(teamId, goalId));
  if (goal.actionItemId) return conflict("the goal is an action item at home now");
  ACCORD_CHECK(tx->events().removeGoal(teamId, goalId));
  ACCORD_CHECK(audit(*tx, access.team.districtId, caller, "event_plan_goal.remove", "event_plan_goal", goalId,
                     {{"event_id", eventId}, {"team_id", teamId}}, now));
  return tx->commit();
}

}  // namespace accord::domain
