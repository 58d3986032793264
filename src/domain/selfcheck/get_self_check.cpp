#include "domain/selfcheck/use_cases.hpp"

namespace accord::domain {

Result<SelfCheckView> getSelfCheck(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                   long long year, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_TRY(int checked, checkSelfCheckYear(year, now));
  SelfCheckView view;
  auto found = tx->selfChecks().byYear(districtId, bodyId, checked);
  if (found.ok()) {
    view.check = std::move(found).value();
  } else if (found.error().code == ErrorCode::kNotFound) {
    view.check.districtId = districtId;
    view.check.bodyId = bodyId;
    view.check.year = checked;
  } else {
    return found.takeError();
  }
  view.maturity = assessMaturity(ratingsByStructure(view.check));
  return view;
}

}  // namespace accord::domain
