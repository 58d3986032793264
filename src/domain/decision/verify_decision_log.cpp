#include "domain/decision/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<ChainCheck> verifyDecisionLog(Store& store, const Caller& caller, long long districtId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  ChainVerifier verifier;
  ACCORD_CHECK(tx->decisionLog().each(districtId, [&](const LogEntry& e) { return verifier.add(e); }));
  return verifier.finish();
}

}  // namespace accord::domain
