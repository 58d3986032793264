#include "domain/action/use_cases.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<ActionItem> createActionItem(Store& store, const Caller& caller, long long districtId,
                                    const ActionInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(Membership mine, memberOf(*tx, districtId, caller.user));
  if (input.bodyId && *input.bodyId && **input.bodyId < 1) return invalid("body_id", "must be a positive id");
  ACCORD_CHECK(mayWorkOnActionsOf(*tx, mine, input.bodyId ? *input.bodyId : std::nullopt));
  if (!input.title) return invalid("title", "is required");
  if (!input.dueDate) return invalid("due_date", "is required");
  ActionItem item;
  item.districtId = districtId;
  item.ownerId = caller.user.id;
  item.ownerName = caller.user.name;
  item.createdBy = caller.user.id;
  item.createdAt = item.updatedAt = now;
  ACCORD_CHECK(applyActionInput(*tx, caller.user, item, input));
  ACCORD_TRY(item.id, tx->actionItems().insert(item));
  ACCORD_CHECK(audit(*tx, districtId, caller, "action_item.create", "action_item", item.id,
                     {{"title", item.title},
                      {"owner_id", item.ownerId},
                      {"due_date", item.dueDate},
                      {"body_id", item.bodyId ? nlohmann::json(*item.bodyId) : nlohmann::json(nullptr)}},
                     now));
  ACCORD_CHECK(tx->commit());
  return item;
}

}  // namespace accord::domain
