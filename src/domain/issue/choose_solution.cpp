#include "domain/audit/use_cases.hpp"
#include "domain/issue/use_cases.hpp"

namespace accord::domain {

Result<Issue> chooseSolution(Store& store, const Caller& caller, long long districtId, long long issueId,
                             long long optionId, const std::string& text, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(IssueAccess access, issueAccess(*tx, districtId, issueId, caller.user));
  ACCORD_CHECK(mayWorkOnIssues(access.body));
  Issue issue = access.issue;
  ACCORD_TRY(auto items, tx->issues().items(issueId));
  bool known = false;
  for (const auto& item : items) known = known || (item.id == optionId && item.kind == "option");
  if (!known) return invalid("option_id", "no such option on this issue");
  ACCORD_TRY(issue.solutionText, checkText(text, "text", 20000));
  if (issue.step != "solution")
    return conflict("the solution is chosen at the solution step; the issue is at the " + issue.step + " step",
                    "step");
  issue.solutionOptionId = optionId;
  issue.updatedAt = now;
  ACCORD_CHECK(tx->issues().update(issue));
  ACCORD_CHECK(audit(*tx, districtId, caller, "issue.solution", "issue", issueId, {{"option_id", optionId}}, now));
  ACCORD_CHECK(tx->commit());
  return issue;
}

}  // namespace accord::domain
