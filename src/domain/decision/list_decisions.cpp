#include "domain/decision/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<Page<Decision>> listDecisions(Store& store, const Caller& caller, long long districtId,
                                     const DecisionFilter& filter, long long cursor, int limit, UnixSeconds now) {
  DecisionFilter scoped = filter;
  scoped.viewerId = caller.user.id;
  auto readPage = [&]() -> Result<Page<Decision>> {
    ACCORD_TRY(auto tx, store.read());
    ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
    if (!filter.status.empty() && filter.status != "open" && filter.status != "adopted" &&
        filter.status != "no_consent")
      return invalid("status", "must be open, adopted or no_consent");
    return tx->decisions().list(districtId, scoped, cursor, limit);
  };
  ACCORD_TRY(auto page, readPage());
  // Proposals past their deadline are closed before they are shown.
  bool settled = false;
  for (const auto& d : page.items) {
    if (d.status != "open" || now < d.deadline) continue;
    ACCORD_CHECK(settleDecision(store, caller, districtId, d.id, now));
    settled = true;
  }
  if (!settled) return page;
  return readPage();
}

}  // namespace accord::domain
