#include "domain/audit/use_cases.hpp"
#include "domain/district/policy.hpp"
#include "domain/issue/use_cases.hpp"

namespace accord::domain {

Result<Issue> raiseIssue(Store& store, const Caller& caller, long long districtId, const NewIssue& input,
                         UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  auto access = bodyAccess(*tx, districtId, input.bodyId, caller.user);
  if (!access.ok()) {
    // An unknown body in a known district is bad input, not a missing page.
    if (access.error().code == ErrorCode::kNotFound && memberOf(*tx, districtId, caller.user).ok())
      return invalid("body_id", "no such body in this district");
    return access.takeError();
  }
  ACCORD_CHECK(mayWorkOnIssues(*access));
  Issue issue;
  issue.districtId = districtId;
  issue.bodyId = input.bodyId;
  issue.raisedBy = caller.user.id;
  ACCORD_TRY(issue.title, checkText(input.title, "title", 200));
  if (input.description.size() > 20000) return invalid("description", "must be at most 20000 characters");
  issue.description = input.description;
  issue.confidential = input.confidential;
  if (input.references.size() > 50) return invalid("references", "at most 50 references");
  for (const auto& ref : input.references) {
    ACCORD_TRY(auto clean, checkText(ref, "references", 200));
    issue.references.push_back(std::move(clean));
  }
  issue.createdAt = issue.updatedAt = now;
  issue.raisedByName = caller.user.name;
  ACCORD_TRY(issue.id, tx->issues().insert(issue));
  ACCORD_CHECK(audit(*tx, districtId, caller, "issue.raise", "issue", issue.id,
                     {{"body_id", issue.bodyId}, {"confidential", issue.confidential}}, now));
  ACCORD_CHECK(tx->commit());
  return issue;
}

}  // namespace accord::domain
