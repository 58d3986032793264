#pragma once
#include "domain/event/use_cases.hpp"

namespace accord::domain {

// Where each of a team's three check-ins stands on `today`.
std::vector<CheckInStatus> checkInStatuses(const Event& event, const std::vector<CheckIn>& reported,
                                           const std::string& today);

}  // namespace accord::domain
