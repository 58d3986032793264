#include "domain/action/use_cases.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<ActionItem> updateActionItem(Store& store, const Caller& caller, long long districtId, long long itemId,
                                    const ActionInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(Membership mine, memberOf(*tx, districtId, caller.user));
  ACCORD_TRY(ActionItem item, tx->actionItems().byId(districtId, itemId));
  bool editsContent = input.title || input.ownerId || input.dueDate || input.bodyId || input.meetingId ||
                      input.issueId || input.decisionId;
  if (editsContent) {
    ACCORD_CHECK(mayWorkOnActionsOf(*tx, mine, item.bodyId));
    if (input.bodyId && *input.bodyId && **input.bodyId < 1) return invalid("body_id", "must be a positive id");
    if (input.bodyId && *input.bodyId != item.bodyId) ACCORD_CHECK(mayWorkOnActionsOf(*tx, mine, *input.bodyId));
  }
  std::string statusBefore = item.status;
  if (input.status) ACCORD_CHECK(mayChangeActionStatus(*tx, mine, item));
  ACCORD_CHECK(applyActionInput(*tx, caller.user, item, input));
  item.updatedAt = now;
  ACCORD_CHECK(tx->actionItems().update(item));
  if (editsContent) {
    nlohmann::json changed = nlohmann::json::array();
    for (auto [given, name] : {std::pair{input.title.has_value(), "title"},
                               std::pair{input.ownerId.has_value(), "owner_id"},
                               std::pair{input.dueDate.has_value(), "due_date"},
                               std::pair{input.bodyId.has_value(), "body_id"},
                               std::pair{input.meetingId.has_value(), "meeting_id"},
                               std::pair{input.issueId.has_value(), "issue_id"},
                               std::pair{input.decisionId.has_value(), "decision_id"}})
      if (given) changed.push_back(name);
    ACCORD_CHECK(audit(*tx, districtId, caller, "action_item.update", "action_item", item.id,
                       {{"changed", changed}, {"owner_id", item.ownerId}, {"due_date", item.dueDate}}, now));
  }
  if (input.status && statusBefore != item.status) {
    ACCORD_CHECK(audit(*tx, districtId, caller, "action_item.status", "action_item", item.id,
                       {{"from", statusBefore}, {"to", item.status}}, now));
  }
  ACCORD_CHECK(tx->commit());
  return item;
}

}  // namespace accord::domain
