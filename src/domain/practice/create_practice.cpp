#include <algorithm>

#include "domain/audit/use_cases.hpp"

#include "domain/decision/policy.hpp"
#include "domain/outcome/outcome.hpp"
#include "domain/outcome/rules.hpp"
#include "domain/practice/practice_input.hpp"
#include "domain/practice/use_cases.hpp"

namespace accord::domain {

Result<Practice> createPractice(Store& store, const Caller& caller, long long districtId, const PracticeInput& input,
                                UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(mayWritePractices(*tx, districtId, caller.user));
  Practice practice;
  practice.districtId = districtId;
  if (input.decisionId) {
    // A confidential decision stays inside its body: it never becomes the start of a practice, so
    // it is linked from no body here, and is "not found" for its members as for everyone else.
    ACCORD_TRY(Decision decision, linkedDecision(*tx, districtId, *input.decisionId, std::nullopt, caller.user,
                                                 "decision_id"));
    if (decision.status != "adopted") return invalid("decision_id", "the decision has not been adopted");
    practice.decisionId = decision.id;
    practice.title = decision.title;
    practice.body = decision.text;
    // The decision's metrics, from the school year before it was adopted to this one; the input
    // may replace the span.
    int to = yearOf(now);
    int from = std::min(yearOf(decision.closedAt.value_or(now)) - 1, to - 1);
    for (const auto& key : decision.metrics) {
      if (!tx->outcomes().metricByKey(districtId, key).ok()) continue;
      practice.evidence.push_back({key, from, to});
    }
  }
  ACCORD_CHECK(applyPracticeInput(*tx, districtId, input, practice, now));
  practice.state = "draft";
  practice.createdBy = caller.user.id;
  practice.createdAt = practice.updatedAt = now;
  ACCORD_TRY(practice.id, tx->practices().insert(practice));
  ACCORD_CHECK(audit(*tx, districtId, caller, "practice.create", "practice", practice.id,
                     {{"decision_id", practice.decisionId ? nlohmann::json(*practice.decisionId) : nlohmann::json()}},
                     now));
  ACCORD_TRY(Practice stored, tx->practices().byId(practice.id));
  ACCORD_CHECK(tx->commit());
  return stored;
}

}  // namespace accord::domain
