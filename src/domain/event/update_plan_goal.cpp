#include "domain/audit/use_cases.hpp"
#include "domain/event/goal_input.hpp"

namespace accord::domain {

Result<PlanGoal> updatePlanGoal(Store& store, const Caller& caller, long long eventId, long long teamId,
                                long long goalId, const GoalInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(TeamAccess access, teamAccess(*tx, eventId, teamId, caller.user));
  ACCORD_CHECK(mayWorkOnTeam(access));
  ACCORD_TRY(PlanGoal goal, tx->events().goal(teamId, goalId));
  if (goal.actionItemId) return conflict("the goal is an action item at home now; change it there");
  ACCORD_CHECK(applyGoalInput(*tx, access.team.districtId, goal, input));
  ACCORD_CHECK(tx->events().updateGoal(goal));
  ACCORD_CHECK(audit(*tx, access.team.districtId, caller, "event_plan_goal.update", "event_plan_goal", goal.id,
                     {{"event_id", eventId}, {"team_id", teamId}, {"text", goal.text}}, now));
  ACCORD_CHECK(tx->commit());
  return goal;
}

}  // namespace accord::domain
