#include "domain/event/check_in_statuses.hpp"

namespace accord::domain {

std::vector<CheckInStatus> checkInStatuses(const Event& event, const std::vector<CheckIn>& reported,
                                           const std::string& today) {
  std::vector<CheckInStatus> out;
  for (int milestone : kCheckInMilestones) {
    CheckInStatus status;
    status.milestone = milestone;
    status.dueOn = checkInDueOn(event.endsOn, milestone);
    for (const auto& c : reported)
      if (c.milestone == milestone) status.reportedAt = c.reportedAt;
    status.state = checkInState(status.dueOn, status.reportedAt.has_value(), today);
    out.push_back(std::move(status));
  }
  return out;
}

}  // namespace accord::domain
