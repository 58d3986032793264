#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<void> withdrawApprovals(Transaction& tx, Meeting& meeting) {
  if (!meeting.laborApprovedBy && !meeting.managementApprovedBy) return Ok{};
  meeting.laborApprovedBy.reset();
  meeting.managementApprovedBy.reset();
  return tx.meetings().updateMeeting(meeting);
}

}  // namespace accord::domain
