#include "domain/audit/use_cases.hpp"
#include "domain/body/use_cases.hpp"

namespace accord::domain {

Result<Body> updateBody(Store& store, const Caller& caller, long long districtId, long long bodyId,
                        const BodyInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_CHECK(mayManageBody(access, caller.user));
  Body body = access.body;
  ACCORD_CHECK(applyBodyInput(body, input));
  ACCORD_CHECK(tx->bodies().update(body));
  ACCORD_CHECK(audit(*tx, districtId, caller, "body.update", "body", body.id,
                     {{"name", body.name}, {"rule", body.rule.kind}, {"fallback", body.rule.fallback}}, now));
  ACCORD_CHECK(tx->commit());
  return body;
}

}  // namespace accord::domain
