#include "domain/audit/use_cases.hpp"
#include "domain/issue/use_cases.hpp"

namespace accord::domain {

Result<IssueItem> addIssueItem(Store& store, const Caller& caller, long long districtId, long long issueId,
                               const NewIssueItem& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(IssueAccess access, issueAccess(*tx, districtId, issueId, caller.user));
  ACCORD_CHECK(mayWorkOnIssues(access.body));
  IssueItem item;
  item.issueId = issueId;
  item.kind = input.kind;
  item.authorId = caller.user.id;
  item.createdAt = now;
  ACCORD_TRY(item.text, checkText(input.text, "text", 2000));
  if (item.kind == "interest") {
    if (input.tag != "labor" && input.tag != "management" && input.tag != "shared")
      return invalid("side", "must be labor, management or shared");
    item.tag = input.tag;
  } else if (item.kind == "criterion") {
    if (!input.weight) return invalid("weight", "is required");
    if (*input.weight < 1 || *input.weight > 5) return invalid("weight", "must be a whole number from 1 to 5");
    item.weight = static_cast<int>(*input.weight);
  } else if (item.kind != "option") {
    return internal("unknown issue item kind " + item.kind);
  }
  ACCORD_CHECK(mayAddItem(access.issue, item.kind));
  ACCORD_TRY(item.id, tx->issues().insertItem(item));
  ACCORD_CHECK(audit(*tx, districtId, caller, "issue." + item.kind + ".add", "issue", issueId,
                     {{"item_id", item.id}}, now));
  ACCORD_CHECK(tx->commit());
  return item;
}

}  // namespace accord::domain
