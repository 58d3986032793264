#include "domain/action/policy.hpp"

#include "domain/body/body.hpp"
#include "domain/body/policy.hpp"
#include "domain/decision/policy.hpp"
#include "domain/issue/policy.hpp"
#include "domain/linked_id.hpp"
#include "domain/meeting/policy.hpp"

namespace accord::domain {

Result<void> mayWorkOnActionsOf(Transaction& tx, const Membership& caller, std::optional<long long> bodyId) {
  if (!bodyId) return Ok{};
  auto body = tx.bodies().byId(caller.districtId, *bodyId);
  if (!body.ok()) {
    if (body.error().code == ErrorCode::kNotFound) return invalid("body_id", "no such body in this district");
    return body.takeError();
  }
  if (isDistrictLeader(caller)) return Ok{};
  auto seat = tx.bodies().member(*bodyId, caller.userId);
  if (seat.ok()) return Ok{};
  if (seat.error().code != ErrorCode::kNotFound) return seat.takeError();
  return forbidden("only the body's members may work on its action items");
}

Result<ActionItem> linkedActionItem(Transaction& tx, long long districtId, long long itemId, const char* field) {
  auto item = tx.actionItems().byId(districtId, itemId);
  if (!item.ok() && item.error().code == ErrorCode::kNotFound)
    return linkNotFound(field, "no such action item in this district");
  return item;
}

Result<void> checkActionLinks(Transaction& tx, const User& caller, const ActionItem& item) {
  if (item.meetingId) ACCORD_CHECK(linkedMeeting(tx, item.districtId, *item.meetingId, caller, "meeting_id"));
  if (item.issueId) ACCORD_CHECK(linkedIssue(tx, item.districtId, *item.issueId, item.bodyId, caller, "issue_id"));
  if (item.decisionId)
    ACCORD_CHECK(linkedDecision(tx, item.districtId, *item.decisionId, item.bodyId, caller, "decision_id"));
  return Ok{};
}

Result<void> mayChangeActionStatus(Transaction& tx, const Membership& caller, const ActionItem& item) {
  if (item.ownerId == caller.userId || isDistrictLeader(caller)) return Ok{};
  if (item.bodyId) {
    ACCORD_TRY(Body body, tx.bodies().byId(caller.districtId, *item.bodyId));
    if (body.laborCoChairId == caller.userId || body.managementCoChairId == caller.userId) return Ok{};
  }
  return forbidden("only the owner, the body's co-chairs or the district's leaders may change the status");
}

}  // namespace accord::domain
