#include "domain/action/use_cases.hpp"
#include "domain/body/body.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<Page<ActionItem>> listActionItems(Store& store, const Caller& caller, long long districtId,
                                         const ActionFilter& filter, long long cursor, int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  if (filter.bodyId) ACCORD_CHECK(tx->bodies().byId(districtId, *filter.bodyId));
  return tx->actionItems().list(districtId, filter, cursor, limit);
}

}  // namespace accord::domain
