#pragma once
// Who may do what with joint communications. A member of either side of a body drafts and edits its
// drafts; only its two co-chairs sign; a draft is seen by the body's members only, a published
// communication by everyone in the district.
#include "domain/body/policy.hpp"
#include "domain/communication/communication.hpp"

namespace accord::domain {

Result<void> mayDraftCommunication(const BodyAccess& access);

// Only a draft can change: kConflict on field "status" for a published communication.
Result<void> mayEditCommunication(const Communication& communication);

Result<void> maySignCommunication(const BodyAccess& access, const User& caller);

// kNotFound for a draft that the caller may not see, so its existence does not leak.
Result<void> maySeeCommunication(const BodyAccess& access, const Communication& communication);

}  // namespace accord::domain
