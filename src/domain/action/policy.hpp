#pragma once
// Who may do what with action items. Everyone in the district reads them. An item tied to a body is
// created and edited by the body's members (and the district's leaders); an item tied to no body by
// anyone in the district. Its status is changed by its owner, the body's co-chairs or the leaders.
#include <optional>

#include "domain/account/account.hpp"
#include "domain/action/action.hpp"
#include "domain/district/district.hpp"

namespace accord::domain {

// `bodyId` must be a body of the district (else kInvalid on "body_id"); the caller must sit in it
// or lead the district (else kForbidden).
Result<void> mayWorkOnActionsOf(Transaction& tx, const Membership& caller, std::optional<long long> bodyId);

// For a record that links to an action item (an agenda item): it must be in the district (action
// items are read by everyone there); else kNotFound naming `field`.
Result<ActionItem> linkedActionItem(Transaction& tx, long long districtId, long long itemId, const char* field);

// The item's links to a meeting, an issue and a decision, each checked with linkedMeeting(),
// linkedIssue() and linkedDecision() from the item's body (kNotFound naming the field).
Result<void> checkActionLinks(Transaction& tx, const User& caller, const ActionItem& item);

Result<void> mayChangeActionStatus(Transaction& tx, const Membership& caller, const ActionItem& item);

}  // namespace accord::domain
