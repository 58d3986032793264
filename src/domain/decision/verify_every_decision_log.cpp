#include "domain/decision/use_cases.hpp"

namespace accord::domain {

Result<std::vector<DistrictChainCheck>> verifyEveryDecisionLog(Store& store) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(auto districts, tx->decisionLog().districts());
  std::vector<DistrictChainCheck> checks;
  for (long long id : districts) {
    ChainVerifier verifier;
    ACCORD_CHECK(tx->decisionLog().each(id, [&](const LogEntry& e) { return verifier.add(e); }));
    checks.push_back({id, verifier.finish()});
  }
  return checks;
}

}  // namespace accord::domain
