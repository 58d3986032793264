#include "domain/audit/use_cases.hpp"
#include "domain/body/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<Body> createBody(Store& store, const Caller& caller, long long districtId, const BodyInput& input,
                        UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(Membership mine, memberOf(*tx, districtId, caller.user));
  ACCORD_CHECK(mayCreateBody(mine));
  if (!input.name) return invalid("name", "is required");
  if (!input.laborSeats) return invalid("labor_seats", "is required");
  if (!input.managementSeats) return invalid("management_seats", "is required");
  Body body;
  body.districtId = districtId;
  body.createdAt = now;
  ACCORD_CHECK(applyBodyInput(body, input));
  ACCORD_TRY(body.id, tx->bodies().insert(body));
  ACCORD_CHECK(audit(*tx, districtId, caller, "body.create", "body", body.id,
                     {{"name", body.name}, {"level", body.level}, {"rule", body.rule.kind}}, now));
  ACCORD_CHECK(tx->commit());
  return body;
}

}  // namespace accord::domain
