#pragma once
// Action items. Each function is one use case, in a file of the same name.
#include <optional>
#include <string>

#include "domain/account/use_cases.hpp"
#include "domain/action/action.hpp"
#include "domain/action/policy.hpp"

namespace accord::domain {

// For a link that can be set, cleared (an empty inner optional) or left alone (an empty outer one).
using LinkChange = std::optional<std::optional<long long>>;

struct ActionInput {
  std::optional<std::string> title;
  std::optional<long long> ownerId;
  std::optional<std::string> dueDate;
  std::optional<std::string> status;
  LinkChange bodyId, meetingId, issueId, decisionId;
};

// Checks `input` and writes what it names into `item` (the owner must be in the district). When a
// link or the body changes, every link is checked with checkActionLinks() as `caller`.
Result<void> applyActionInput(Transaction& tx, const User& caller, ActionItem& item, const ActionInput& input);

// Title and due date are required; the owner defaults to the caller.
Result<ActionItem> createActionItem(Store& store, const Caller& caller, long long districtId,
                                    const ActionInput& input, UnixSeconds now);

// A change of status needs mayChangeActionStatus; any other change mayWorkOnActionsOf (the old body and the new).
Result<ActionItem> updateActionItem(Store& store, const Caller& caller, long long districtId, long long itemId,
                                    const ActionInput& input, UnixSeconds now);

Result<ActionItem> getActionItem(Store& store, const Caller& caller, long long districtId, long long itemId);

// A body named in the filter must be in the district (else kNotFound).
Result<Page<ActionItem>> listActionItems(Store& store, const Caller& caller, long long districtId,
                                         const ActionFilter& filter, long long cursor, int limit);

}  // namespace accord::domain
