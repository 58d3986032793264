#pragma once
#include "domain/event/use_cases.hpp"

namespace accord::domain {

// Checks `input` and writes what it names into `goal`; the owner must be a member of `districtId`.
Result<void> applyGoalInput(Transaction& tx, long long districtId, PlanGoal& goal, const GoalInput& input);

}  // namespace accord::domain
