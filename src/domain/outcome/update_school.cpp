#include "domain/audit/use_cases.hpp"
#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

Result<School> updateSchool(Store& store, const Caller& caller, long long districtId, long long schoolId,
                            const SchoolInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(outcomeEditor(*tx, districtId, caller.user));
  ACCORD_TRY(School school, tx->outcomes().schoolById(districtId, schoolId));
  ACCORD_CHECK(applySchoolInput(school, input));
  school.updatedAt = now;
  ACCORD_CHECK(tx->outcomes().updateSchool(school));
  ACCORD_CHECK(audit(*tx, districtId, caller, "school.update", "school", school.id, schoolAuditDetails(school), now));
  ACCORD_CHECK(tx->commit());
  return school;
}

}  // namespace accord::domain
