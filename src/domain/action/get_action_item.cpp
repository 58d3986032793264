#include "domain/action/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<ActionItem> getActionItem(Store& store, const Caller& caller, long long districtId, long long itemId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  return tx->actionItems().byId(districtId, itemId);
}

}  // namespace accord::domain
