#pragma once
// Who may do what with a body's self-check. Everyone in the district reads it (bodyAccess); the body's
// members on the labor and the management side (co-chairs and alternates among them) rate it. A neutral
// member may facilitate the conversation but does not rate: the self-check is the partners' own view.
#include "domain/body/policy.hpp"

namespace accord::domain {

Result<void> mayRateSelfCheck(const BodyAccess& access);

}  // namespace accord::domain
