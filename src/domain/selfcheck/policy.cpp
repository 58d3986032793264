#include "domain/selfcheck/policy.hpp"

namespace accord::domain {

Result<void> mayRateSelfCheck(const BodyAccess& access) {
  if (!access.isMember()) return forbidden("only the body's members may rate its self-check");
  if (access.seat->side != "labor" && access.seat->side != "management")
    return forbidden("the self-check is rated by the labor and management members of the body");
  return Ok{};
}

}  // namespace accord::domain
