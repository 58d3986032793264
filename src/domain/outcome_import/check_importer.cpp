#include "domain/outcome/policy.hpp"
#include "domain/outcome_import/use_cases.hpp"

namespace accord::domain {

Result<void> checkImporter(Store& store, const Caller& caller, long long districtId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(outcomeEditor(*tx, districtId, caller.user));
  return Ok{};
}

}  // namespace accord::domain
