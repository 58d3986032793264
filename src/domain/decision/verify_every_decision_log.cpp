#include "domain/decision/use_cases.hpp"

namespace accord::domain {

Result<std::vector<DistrictChainCheck>> verifyEveryDecisionLog(Store& store) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(auto districts, tx->decisionLog().districts());
  std::vector<DistrictChainCheck> checks;
  for (long long id : districts) {
    ACCORD_TRY(auto entries, tx->decisionLog().all(id));
    checks.push_back({id, verifyChain(entries)});
  }
  return checks;
}

}  // namespace accord::domain
