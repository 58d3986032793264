#include "domain/selfcheck/use_cases.hpp"

namespace accord::domain {

Result<std::vector<SelfCheckView>> listSelfChecks(Store& store, const Caller& caller, long long districtId,
                                                  long long bodyId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_TRY(auto checks, tx->selfChecks().ofBody(districtId, bodyId));
  std::vector<SelfCheckView> views;
  views.reserve(checks.size());
  for (auto& check : checks) {
    SelfCheckView view;
    view.maturity = assessMaturity(ratingsByStructure(check));
    view.check = std::move(check);
    views.push_back(std::move(view));
  }
  return views;
}

}  // namespace accord::domain
