#include "domain/issue/use_cases.hpp"

namespace accord::domain {

Result<IssueView> getIssue(Store& store, const Caller& caller, long long districtId, long long issueId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(IssueAccess access, issueAccess(*tx, districtId, issueId, caller.user));
  IssueView view;
  view.issue = access.issue;
  ACCORD_TRY(auto items, tx->issues().items(issueId));
  ACCORD_TRY(auto scores, tx->issues().scores(issueId));
  view.matrix = scoreMatrix(items, scores);
  for (auto& item : items) {
    auto& list = item.kind == "interest" ? view.interests : item.kind == "option" ? view.options : view.criteria;
    list.push_back(std::move(item));
  }
  if (isOpenIssueStep(view.issue.step)) {
    ACCORD_TRY(view.ready, tx->issues().readiness(issueId, view.issue.step));
  }
  return view;
}

}  // namespace accord::domain
