#include "domain/audit/use_cases.hpp"
#include "domain/decision/use_cases.hpp"
#include "domain/issue/issue.hpp"

namespace accord::domain {

Result<void> closeDecision(Transaction& tx, const Body& body, DecisionView& view,
                           UnixSeconds now) {
  Decision& d = view.decision;
  d.status = view.tally.adopted ? "adopted" : "no_consent";
  d.closedAt = now;
  if (!view.tally.adopted) d.fallback = body.rule.fallback;
  ACCORD_CHECK(tx.decisions().close(d));
  if (view.tally.adopted && d.issueId) {
    ACCORD_TRY(Issue issue, tx.issues().byId(d.districtId, *d.issueId));
    if (issue.step == "solution") {
      issue.step = "agreement";
      issue.decisionId = d.id;
      issue.updatedAt = now;
      ACCORD_CHECK(tx.issues().update(issue));
    }
  }
  ACCORD_CHECK(appendToLog(tx, body, view));
  nlohmann::json details = {{"labor_agree", view.tally.labor.agree},
                            {"management_agree", view.tally.management.agree},
                            {"deadline_passed", now >= d.deadline}};
  if (d.confidential) details = confidentialDetails(d.bodyId, std::move(details));
  // The rule closed it, not whoever's stance or reading came last.
  return auditByRule(tx, d.districtId, "decision." + d.status, "decision", d.id, details, now);
}

}  // namespace accord::domain
