#include "domain/action/use_cases.hpp"
#include "domain/body/body.hpp"
#include "domain/decision/policy.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<Page<ActionItem>> listActionItems(Store& store, const Caller& caller, long long districtId,
                                         const ActionFilter& filter, long long cursor, int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  if (filter.bodyId) ACCORD_CHECK(tx->bodies().byId(districtId, *filter.bodyId));
  // Asking for a decision's items is asking about the decision: one confidential to a body is not
  // found by anyone outside it.
  if (filter.decisionId) ACCORD_CHECK(decisionAccess(*tx, districtId, *filter.decisionId, caller.user));
  return tx->actionItems().list(districtId, filter, cursor, limit);
}

}  // namespace accord::domain
