#include <algorithm>

#include "domain/audit/use_cases.hpp"
#include "domain/charter/use_cases.hpp"

namespace accord::domain {

Result<CharterVersion> signCharter(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                   long long versionId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_TRY(CharterVersion version, tx->charters().byId(districtId, bodyId, versionId));
  auto mine = std::find_if(version.signers.begin(), version.signers.end(),
                           [&](const CharterSigner& s) { return s.userId == caller.user.id; });
  if (mine == version.signers.end()) return forbidden("only the version's designated signers may sign it");
  if (mine->signedAt) return version;  // signed already: nothing changes
  ACCORD_CHECK(mayEditCharterVersion(version));
  mine->signedAt = now;
  ACCORD_CHECK(tx->charters().markSigned(version.id, caller.user.id, now));
  ACCORD_CHECK(audit(*tx, districtId, caller, "charter.sign", "charter_version", version.id,
                     {{"body_id", bodyId}, {"number", version.number}, {"side", mine->side}}, now));
  if (everySignerSigned(version.signers)) {
    auto previous = tx->charters().inForce(districtId, bodyId);
    if (previous.ok()) {
      previous->status = "superseded";
      ACCORD_CHECK(tx->charters().update(*previous));
    } else if (previous.error().code != ErrorCode::kNotFound) {
      return previous.takeError();
    }
    version.status = "in_force";
    version.effectiveAt = now;
    ACCORD_CHECK(tx->charters().update(version));
    Body body = access.body;
    body.charterReviewDue = false;
    ACCORD_CHECK(tx->bodies().update(body));
    ACCORD_CHECK(auditByRule(*tx, districtId, "charter.take_effect", "charter_version", version.id,
                       {{"body_id", bodyId},
                        {"number", version.number},
                        {"supersedes", previous.ok() ? nlohmann::json(previous->id) : nlohmann::json(nullptr)}},
                       now));
  }
  ACCORD_CHECK(tx->commit());
  return version;
}

}  // namespace accord::domain
