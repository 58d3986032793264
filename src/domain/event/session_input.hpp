#pragma once
#include "domain/event/use_cases.hpp"

namespace accord::domain {

// Checks `input` and writes what it names into `session`; presenting districts must exist.
Result<void> applySessionInput(Transaction& tx, EventSession& session, const SessionInput& input);

}  // namespace accord::domain
