#include "domain/district/policy.hpp"
#include "domain/district/use_cases.hpp"

namespace accord::domain {

Result<DistrictView> getDistrict(Store& store, const Caller& caller, long long districtId) {
  ACCORD_TRY(auto tx, store.read());
  DistrictView view;
  ACCORD_TRY(view.mine, memberOf(*tx, districtId, caller.user));
  ACCORD_TRY(view.district, tx->districts().byId(districtId));
  if (mayManageMembers(view.mine).ok())
    for (const char* side : {"labor", "management", "neutral"})
      if (mayAssignSide(view.mine, caller.user, side).ok()) view.mayInviteTo.push_back(side);
  return view;
}

}  // namespace accord::domain
