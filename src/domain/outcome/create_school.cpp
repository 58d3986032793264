#include "domain/audit/use_cases.hpp"
#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

Result<School> createSchool(Store& store, const Caller& caller, long long districtId, const SchoolInput& input,
                            UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(outcomeEditor(*tx, districtId, caller.user));
  if (!input.name) return invalid("name", "is required");
  if (!input.level) return invalid("level", "is required");
  School school;
  school.districtId = districtId;
  ACCORD_CHECK(applySchoolInput(school, input));
  school.createdAt = school.updatedAt = now;
  ACCORD_TRY(school.id, tx->outcomes().insertSchool(school));
  ACCORD_CHECK(audit(*tx, districtId, caller, "school.create", "school", school.id, schoolAuditDetails(school), now));
  ACCORD_CHECK(tx->commit());
  return school;
}

}  // namespace accord::domain
