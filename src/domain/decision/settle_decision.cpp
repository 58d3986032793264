#include "domain/decision/use_cases.hpp"

namespace accord::domain {

Result<DecisionView> settleDecision(Store& store, const Caller& caller, long long districtId, long long decisionId,
                                    UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(DecisionAccess access, decisionAccess(*tx, districtId, decisionId, caller.user));
  ACCORD_TRY(DecisionView view, loadDecisionView(*tx, access.body.body, access.decision));
  if (!isDue(view, now)) return view;
  ACCORD_CHECK(closeDecision(*tx, access.body.body, view, now));
  ACCORD_CHECK(tx->commit());
  return view;
}

}  // namespace accord::domain
