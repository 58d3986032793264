#include "domain/audit/use_cases.hpp"
#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

Result<void> deleteSchool(Store& store, const Caller& caller, long long districtId, long long schoolId,
                          UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(outcomeEditor(*tx, districtId, caller.user));
  ACCORD_TRY(School school, tx->outcomes().schoolById(districtId, schoolId));
  ACCORD_CHECK(tx->outcomes().deleteSchool(districtId, schoolId));
  ACCORD_CHECK(audit(*tx, districtId, caller, "school.delete", "school", school.id, schoolAuditDetails(school), now));
  return tx->commit();
}

}  // namespace accord::domain
