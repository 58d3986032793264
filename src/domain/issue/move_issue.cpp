#include <fmt/format.h>

#include "domain/audit/use_cases.hpp"
#include "domain/issue/use_cases.hpp"
#include "domain/notification/notify.hpp"

namespace accord::domain {

namespace {

// Under the both_sides rule, the caller's side says it is ready to leave the current step; whether
// the other side has said so too.
Result<bool> bothSidesReady(Transaction& tx, const IssueAccess& access, const Caller& caller, UnixSeconds now) {
  const std::string& side = access.body.seat->side;
  if (side != "labor" && side != "management")
    return forbidden("the labor and management members say when their side is ready to move on");
  const Issue& issue = access.issue;
  ACCORD_CHECK(tx.issues().markReady(issue, {side, caller.user.id, caller.user.name, now}));
  ACCORD_TRY(auto ready, tx.issues().readiness(issue.id, issue.step));
  return ready.size() == 2;
}

// The members of the body on the side that has not said it is ready yet.
Result<std::vector<long long>> otherSide(Transaction& tx, const IssueAccess& access) {
  ACCORD_TRY(auto members, tx.bodies().members(access.body.body.id));
  std::vector<long long> out;
  for (const auto& m : members)
    if ((m.side == "labor" || m.side == "management") && m.side != access.body.seat->side) out.push_back(m.userId);
  return out;
}

}  // namespace

Result<Issue> moveIssue(Store& store, const Caller& caller, long long districtId, long long issueId,
                        const std::string& step, const std::string& note, UnixSeconds now,
                        std::vector<long long>* notified) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(IssueAccess access, issueAccess(*tx, districtId, issueId, caller.user));
  ACCORD_CHECK(mayWorkOnIssues(access.body));
  Issue issue = access.issue;
  if (!isIssueStep(step)) return invalid("step", "is not an issue step");
  if (!isOpenIssueStep(issue.step))
    return conflict(fmt::format("the issue is closed ({})", issue.step), "step");
  nlohmann::json details = {{"from", issue.step}, {"to", step}};
  if (step == "withdrawn" || step == "referred") {
    ACCORD_TRY(issue.stepNote, checkText(note, "note", 2000));
  } else if (step == "agreement") {
    return conflict("an issue reaches agreement when its decision is adopted", "step");
  } else if (step == previousIssueStep(issue.step)) {
    details["back"] = true;  // any member may take the work back a step; the log says who did
  } else if (step != nextIssueStep(issue.step)) {
    return conflict(fmt::format("the issue is at the {} step; the next step is {}, and steps are not skipped",
                                issue.step, nextIssueStep(issue.step)),
                    "step");
  } else if (access.body.body.advanceRule == "both_sides") {
    ACCORD_TRY(bool both, bothSidesReady(*tx, access, caller, now));
    if (!both) {
      ACCORD_CHECK(audit(*tx, districtId, caller, "issue.ready", "issue", issue.id,
                         {{"step", issue.step}, {"to", step}, {"side", access.body.seat->side}}, now));
      ACCORD_TRY(auto waiting, otherSide(*tx, access));
      ACCORD_TRY(auto told, notify(*tx, {districtId, "issue_ready", {"issue", issue.id}, caller.user.id, now}, waiting));
      ACCORD_CHECK(tx->commit());
      addNotified(notified, told);
      return issue;
    }
    details["both_sides_ready"] = true;
  }
  issue.step = step;
  issue.updatedAt = now;
  ACCORD_CHECK(tx->issues().update(issue));
  ACCORD_CHECK(tx->issues().clearReadiness(issue.id));
  ACCORD_CHECK(audit(*tx, districtId, caller, "issue.step", "issue", issue.id, details, now));
  ACCORD_CHECK(tx->commit());
  return issue;
}

}  // namespace accord::domain
