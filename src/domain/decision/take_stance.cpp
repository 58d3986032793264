#include "domain/audit/use_cases.hpp"
#include "domain/decision/use_cases.hpp"

namespace accord::domain {

Result<DecisionView> takeStance(Store& store, const Caller& caller, long long districtId, long long decisionId,
                                const StanceInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(DecisionAccess access, decisionAccess(*tx, districtId, decisionId, caller.user));
  ACCORD_CHECK(mayTakeStance(access.body));
  const Body& body = access.body.body;
  Stance stance;
  stance.decisionId = decisionId;
  stance.userId = caller.user.id;
  stance.side = access.body.seat->side;
  stance.at = now;
  stance.userName = caller.user.name;
  if (body.rule.kind == "fist_to_five") {
    if (!input.vote) return invalid("vote", "is required: from 0 (a fist) to 5 fingers");
    if (*input.vote < 0 || *input.vote > 5) return invalid("vote", "must be a whole number from 0 to 5");
    stance.vote = static_cast<int>(*input.vote);
    // Three fingers or more is "I can live with it"; fewer holds the proposal back.
    stance.stance = *stance.vote >= 3 ? "agree" : "block";
  } else {
    if (input.vote) return invalid("vote", "only for a body that decides by fist-to-five");
    if (!input.stance) return invalid("stance", "is required");
    if (!isStance(*input.stance)) return invalid("stance", "must be agree, stand_aside, block or abstain");
    stance.stance = *input.stance;
  }
  if (input.reason.size() > 2000) return invalid("reason", "must be at most 2000 characters");
  stance.reason = input.reason;

  ACCORD_TRY(DecisionView before, loadDecisionView(*tx, body, access.decision));
  if (before.decision.status != "open") return conflict("the proposal is closed: " + before.decision.status);
  if (isDue(before, now)) {
    // The deadline passed before this stance: the proposal closes without it.
    ACCORD_CHECK(closeDecision(*tx, body, before, now));
    ACCORD_CHECK(tx->commit());
    return conflict("the proposal closed at its deadline: " + before.decision.status);
  }
  ACCORD_CHECK(tx->decisions().setStance(stance));
  nlohmann::json details = {{"stance", stance.stance}};
  if (stance.vote) details["vote"] = *stance.vote;
  if (access.decision.confidential) details = confidentialDetails(access.decision.bodyId, std::move(details));
  ACCORD_CHECK(audit(*tx, districtId, caller, "decision.stance", "decision", decisionId, details, now));
  ACCORD_TRY(DecisionView view, loadDecisionView(*tx, body, access.decision));
  if (isDue(view, now)) ACCORD_CHECK(closeDecision(*tx, body, view, now));
  ACCORD_CHECK(tx->commit());
  return view;
}

}  // namespace accord::domain
