#include "domain/decision/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<Page<LogEntry>> listDecisionLog(Store& store, const Caller& caller, long long districtId, long long cursor,
                                       int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  return tx->decisionLog().list(districtId, cursor, limit);
}

}  // namespace accord::domain
