#include "common/calendar_date.hpp"
#include "domain/event/goal_input.hpp"
#include "domain/issue/use_cases.hpp"

namespace accord::domain {

Result<void> applyGoalInput(Transaction& tx, long long districtId, PlanGoal& goal, const GoalInput& input) {
  // At most an action item's title, which the goal becomes when brought home.
  if (input.text) {
    ACCORD_TRY(goal.text, checkText(*input.text, "text", 300));
  }
  if (input.ownerId) {
    auto owner = tx.districts().membership(districtId, *input.ownerId);
    if (!owner.ok()) {
      if (owner.error().code == ErrorCode::kNotFound)
        return invalid("owner_id", "the owner must be a member of the district");
      return owner.takeError();
    }
    goal.ownerId = *input.ownerId;
    goal.ownerName = owner->userName;
  }
  if (input.dueDate) {
    if (!isIsoDate(*input.dueDate)) return invalid("due_date", "must be a date written YYYY-MM-DD");
    goal.dueDate = *input.dueDate;
  }
  return Ok{};
}

}  // namespace accord::domain
