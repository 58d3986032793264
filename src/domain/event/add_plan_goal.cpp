#include "domain/audit/use_cases.hpp"
#include "domain/event/goal_input.hpp"

namespace accord::domain {

Result<PlanGoal> addPlanGoal(Store& store, const Caller& caller, long long eventId, long long teamId,
                             const GoalInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(TeamAccess access, teamAccess(*tx, eventId, teamId, caller.user));
  ACCORD_CHECK(mayWorkOnTeam(access));
  if (access.team.status == "withdrawn") return conflict("the team has withdrawn");
  for (auto [given, field] : {std::pair{input.text.has_value(), "text"},
                              std::pair{input.ownerId.has_value(), "owner_id"},
                              std::pair{input.dueDate.has_value(), "due_date"}})
    if (!given) return invalid(field, "is required");
  PlanGoal goal;
  goal.teamId = teamId;
  goal.createdBy = caller.user.id;
  goal.createdAt = now;
  ACCORD_CHECK(applyGoalInput(*tx, access.team.districtId, goal, input));
  ACCORD_TRY(goal.id, tx->events().insertGoal(goal));
  ACCORD_CHECK(audit(*tx, access.team.districtId, caller, "event_plan_goal.create", "event_plan_goal", goal.id,
                     {{"event_id", eventId}, {"team_id", teamId}, {"text", goal.text}}, now));
  ACCORD_CHECK(tx->commit());
  return goal;
}

}  // namespace accord::domain
