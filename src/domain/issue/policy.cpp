#include "domain/issue/policy.hpp"

#include <fmt/format.h>

#include "domain/linked_id.hpp"

namespace accord::domain {

Result<IssueAccess> issueAccess(Transaction& tx, long long districtId, long long issueId, const User& caller) {
  IssueAccess access;
  // The district first: to a stranger, an id of the district and an id of nothing answer alike.
  ACCORD_TRY(Membership district, memberOf(tx, districtId, caller));
  ACCORD_TRY(access.issue, tx.issues().byId(districtId, issueId));
  ACCORD_TRY(access.body, bodyAccess(tx, std::move(district), access.issue.bodyId, caller));
  if (access.issue.confidential && !access.body.isMember()) return notFound("no such issue");
  return access;
}

Result<Issue> linkedIssue(Transaction& tx, long long districtId, long long issueId, std::optional<long long> fromBody,
                          const User& caller, const char* field) {
  auto access = issueAccess(tx, districtId, issueId, caller);
  if (!access.ok()) {
    if (access.error().code == ErrorCode::kNotFound) return linkNotFound(field, "no such issue in this district");
    return access.takeError();
  }
  if (access->issue.confidential && fromBody != access->issue.bodyId)
    return linkNotFound(field, "a confidential issue is linked only from its own body");
  return std::move(access->issue);
}

Result<void> mayWorkOnIssues(const BodyAccess& access) {
  if (!access.isMember()) return forbidden("only the members of the body work on its issues");
  return Ok{};
}

Result<void> mayAddItem(const Issue& issue, std::string_view kind) {
  std::string_view from = kind == "interest" ? "interests" : kind == "option" ? "options" : "criteria";
  if (kind == "score") from = "scoring";
  int at = issueStepIndex(issue.step);
  if (at < 0 || at > issueStepIndex("scoring"))
    return conflict(fmt::format("the issue is at the {} step: nothing more is added to it", issue.step), "step");
  if (at < issueStepIndex(from))
    return conflict(fmt::format("the issue is at the {} step; {}s are added from the {} step on", issue.step, kind,
                                from),
                    "step");
  return Ok{};
}

}  // namespace accord::domain
