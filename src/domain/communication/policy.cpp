#include "domain/communication/policy.hpp"

namespace accord::domain {

Result<void> mayDraftCommunication(const BodyAccess& access) {
  if (access.seat && (access.seat->side == "labor" || access.seat->side == "management")) return Ok{};
  return forbidden("only members of the body's labor or management side may write its communications");
}

Result<void> mayEditCommunication(const Communication& communication) {
  if (communication.status == "draft") return Ok{};
  return conflict("a published communication cannot change", "status");
}

Result<void> maySignCommunication(const BodyAccess& access, const User& caller) {
  if (access.isCoChair(caller.id)) return Ok{};
  return forbidden("only the body's co-chairs may sign its communications");
}

Result<void> maySeeCommunication(const BodyAccess& access, const Communication& communication) {
  if (communication.status == "published" || access.isMember()) return Ok{};
  return notFound("no such communication");
}

}  // namespace accord::domain
