#pragma once
// Who may see and work on an issue. Every issue use case starts with issueAccess().
#include "domain/body/policy.hpp"
#include "domain/issue/issue.hpp"

namespace accord::domain {

struct IssueAccess {
  BodyAccess body;
  Issue issue;
};

// The issue must be in the caller's district; a confidential issue exists only for the
// members of its body (anyone else gets kNotFound, as if it were not there).
Result<IssueAccess> issueAccess(Transaction& tx, long long districtId, long long issueId, const User& caller);

// For a record that links to an issue (an action item, an agenda item, a decision): the issue must
// be in the district and visible to the caller, and a confidential one may be linked only from
// its own body (`fromBody`), so that its existence does not spread beyond the body. Anything else
// is kNotFound naming `field`.
Result<Issue> linkedIssue(Transaction& tx, long long districtId, long long issueId, std::optional<long long> fromBody,
                          const User& caller, const char* field);

// Raising and working on issues is for the members of the body, of any side.
Result<void> mayWorkOnIssues(const BodyAccess& access);

// An item of `kind` may be added from its own step until the solution is chosen.
Result<void> mayAddItem(const Issue& issue, std::string_view kind);

}  // namespace accord::domain
