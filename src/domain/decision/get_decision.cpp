#include "domain/decision/use_cases.hpp"

namespace accord::domain {

Result<DecisionView> getDecision(Store& store, const Caller& caller, long long districtId, long long decisionId,
                                 UnixSeconds now) {
  {
    ACCORD_TRY(auto tx, store.read());
    ACCORD_TRY(DecisionAccess access, decisionAccess(*tx, districtId, decisionId, caller.user));
    ACCORD_TRY(DecisionView view, loadDecisionView(*tx, access.body.body, access.decision));
    if (!isDue(view, now)) return view;
  }
  // Closing is evaluated lazily: the first reader after the deadline closes the proposal.
  return settleDecision(store, caller, districtId, decisionId, now);
}

}  // namespace accord::domain
