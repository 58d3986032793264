#pragma once
// Checking and applying a writer's input to a practice, shared by create and update.
#include "domain/practice/use_cases.hpp"

namespace accord::domain {

// Every field present in `input` is checked (kInvalid naming it) and written into `practice`.
Result<void> applyPracticeInput(Transaction& tx, long long districtId, const PracticeInput& input,
                                Practice& practice, UnixSeconds now);

}  // namespace accord::domain
