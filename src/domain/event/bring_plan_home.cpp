#include "domain/action/use_cases.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<std::vector<PlanGoal>> bringPlanHome(Store& store, const Caller& caller, long long eventId, long long teamId,
                                            std::optional<long long> bodyId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(TeamAccess access, teamAccess(*tx, eventId, teamId, caller.user));
  ACCORD_CHECK(mayWorkOnTeam(access));
  if (bodyId && *bodyId < 1) return invalid("body_id", "must be a positive id");
  // The action items are the district's: the caller must be allowed to create them there.
  ACCORD_CHECK(mayWorkOnActionsOf(*tx, *access.membership, bodyId));
  ACCORD_TRY(auto goals, tx->events().goals(teamId));
  if (goals.empty()) return conflict("the plan has no goals yet");
  int brought = 0;
  for (auto& goal : goals) {
    if (goal.actionItemId) continue;
    ActionItem item;
    item.districtId = access.team.districtId;
    item.createdBy = caller.user.id;
    item.createdAt = item.updatedAt = now;
    ActionInput input;
    input.title = goal.text;
    input.ownerId = goal.ownerId;
    input.dueDate = goal.dueDate;
    if (bodyId) input.bodyId = std::optional<long long>(*bodyId);
    ACCORD_CHECK(applyActionInput(*tx, caller.user, item, input));
    ACCORD_TRY(item.id, tx->actionItems().insert(item));
    ACCORD_CHECK(audit(*tx, item.districtId, caller, "action_item.create", "action_item", item.id,
                       {{"title", item.title},
                        {"owner_id", item.ownerId},
                        {"due_date", item.dueDate},
                        {"body_id", bodyId ? nlohmann::json(*bodyId) : nlohmann::json(nullptr)},
                        {"event_plan_goal_id", goal.id}},
                       now));
    goal.actionItemId = item.id;
    ACCORD_CHECK(tx->events().updateGoal(goal));
    ++brought;
  }
  if (brought == 0) return conflict("every goal of the plan is at home already");
  ACCORD_CHECK(tx->commit());
  return goals;
}

}  // namespace accord::domain
