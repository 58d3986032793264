#include "domain/audit/use_cases.hpp"
#include "domain/body/policy.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

namespace {
Result<bool> isCoChairOfAnyBody(Transaction& tx, long long districtId, long long userId) {
  ACCORD_TRY(auto seats, tx.bodies().seatsOf(districtId, userId));
  for (const auto& seat : seats) {
    ACCORD_TRY(Body body, tx.bodies().byId(districtId, seat.bodyId));
    if (body.laborCoChairId == userId || body.managementCoChairId == userId) return true;
  }
  return false;
}
}  // namespace

Result<Page<AuditEntry>> listAudit(Store& store, const Caller& caller, long long districtId, long long cursor,
                                   int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(Membership mine, memberOf(*tx, districtId, caller.user));
  if (!isDistrictLeader(mine) && !caller.user.admin) {
    ACCORD_TRY(bool coChair, isCoChairOfAnyBody(*tx, districtId, caller.user.id));
    if (!coChair) return forbidden("the audit log is for co-chairs and the district's leaders");
  }
  return tx->audit().list(districtId, cursor, limit);
}

}  // namespace accord::domain
