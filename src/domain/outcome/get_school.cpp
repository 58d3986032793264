#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

Result<School> getSchool(Store& store, const Caller& caller, long long districtId, long long schoolId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(outcomeReader(*tx, districtId, caller.user));
  return tx->outcomes().schoolById(districtId, schoolId);
}

}  // namespace accord::domain
