#include "domain/audit/use_cases.hpp"
#include "domain/body/policy.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

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
