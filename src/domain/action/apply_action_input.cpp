#include "common/calendar_date.hpp"
#include "domain/action/use_cases.hpp"
#include "domain/district/district.hpp"

namespace accord::domain {

Result<void> applyActionInput(Transaction& tx, const User& caller, ActionItem& item, const ActionInput& input) {
  if (input.title) {
    if (input.title->find_first_not_of(" \t\r\n") == std::string::npos) return invalid("title", "must not be empty");
    if (input.title->size() > 300) return invalid("title", "must be at most 300 characters");
    item.title = *input.title;
  }
  if (input.ownerId) {
    auto owner = tx.districts().membership(item.districtId, *input.ownerId);
    if (!owner.ok()) {
      if (owner.error().code == ErrorCode::kNotFound)
        return invalid("owner_id", "the owner must be a member of the district");
      return owner.takeError();
    }
    item.ownerId = *input.ownerId;
    item.ownerName = owner->userName;
  }
  if (input.dueDate) {
    if (!isIsoDate(*input.dueDate)) return invalid("due_date", "must be a date written YYYY-MM-DD");
    item.dueDate = *input.dueDate;
  }
  if (input.status) {
    if (!isActionStatus(*input.status)) return invalid("status", "must be open, in_progress, done or dropped");
    item.status = *input.status;
  }
  for (auto [change, target, field] : {std::tuple{&input.bodyId, &item.bodyId, "body_id"},
                                       std::tuple{&input.meetingId, &item.meetingId, "meeting_id"},
                                       std::tuple{&input.issueId, &item.issueId, "issue_id"},
                                       std::tuple{&input.decisionId, &item.decisionId, "decision_id"}}) {
    if (!*change) continue;
    if (**change && ***change < 1) return invalid(field, "must be a positive id");
    *target = **change;
  }
  if (input.bodyId || input.meetingId || input.issueId || input.decisionId)
    ACCORD_CHECK(checkActionLinks(tx, caller, item));
  return Ok{};
}

}  // namespace accord::domain
