#include "domain/district/policy.hpp"
#include "domain/issue/use_cases.hpp"

namespace accord::domain {

Result<std::vector<StepCount>> countIssuesByStep(Store& store, const Caller& caller, long long districtId,
                                                 long long bodyId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  if (bodyId) ACCORD_CHECK(tx->bodies().byId(districtId, bodyId));
  IssueFilter filter;
  filter.bodyId = bodyId;
  filter.viewerId = caller.user.id;
  ACCORD_TRY(auto counts, tx->issues().stepCounts(districtId, filter));
  return sortedByStep(std::move(counts));
}

}  // namespace accord::domain
