#include "domain/decision/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<ChainCheck> verifyDecisionLog(Store& store, const Caller& caller, long long districtId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  ACCORD_TRY(auto entries, tx->decisionLog().all(districtId));
  return verifyChain(entries);
}

}  // namespace accord::domain
