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

Result<void> mayChangeActionStatus(Transaction& tx, const Membership& caller, const ActionItem& item);

}  // namespace accord::domain
