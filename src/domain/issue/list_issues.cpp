#include "domain/district/policy.hpp"
#include "domain/issue/use_cases.hpp"

namespace accord::domain {

Result<Page<Issue>> listIssues(Store& store, const Caller& caller, long long districtId, const IssueFilter& filter,
                               long long cursor, int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  if (!filter.step.empty() && !isIssueStep(filter.step)) return invalid("step", "is not an issue step");
  IssueFilter scoped = filter;
  scoped.viewerId = caller.user.id;
  return tx->issues().list(districtId, scoped, cursor, limit);
}

}  // namespace accord::domain
