#include <fmt/format.h>

#include "domain/audit/use_cases.hpp"
#include "domain/issue/use_cases.hpp"

namespace accord::domain {

Result<Issue> moveIssue(Store& store, const Caller& caller, long long districtId, long long issueId,
                        const std::string& step, const std::string& note, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(IssueAccess access, issueAccess(*tx, districtId, issueId, caller.user));
  ACCORD_CHECK(mayWorkOnIssues(access.body));
  Issue issue = access.issue;
  if (!isIssueStep(step)) return invalid("step", "is not an issue step");
  if (!isOpenIssueStep(issue.step))
    return conflict(fmt::format("the issue is closed ({})", issue.step), "step");
  if (step == "withdrawn" || step == "referred") {
    ACCORD_TRY(issue.stepNote, checkText(note, "note", 2000));
  } else if (step == "agreement") {
    return conflict("an issue reaches agreement when its decision is adopted", "step");
  } else if (step != nextIssueStep(issue.step)) {
    return conflict(fmt::format("the issue is at the {} step; the next step is {}, and steps are not skipped",
                                issue.step, nextIssueStep(issue.step)),
                    "step");
  }
  std::string from = issue.step;
  issue.step = step;
  issue.updatedAt = now;
  ACCORD_CHECK(tx->issues().update(issue));
  ACCORD_CHECK(audit(*tx, districtId, caller, "issue.step", "issue", issue.id, {{"from", from}, {"to", step}}, now));
  ACCORD_CHECK(tx->commit());
  return issue;
}

}  // namespace accord::domain
