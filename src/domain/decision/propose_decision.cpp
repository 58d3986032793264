#include "domain/audit/use_cases.hpp"
#include "domain/decision/use_cases.hpp"
#include "domain/district/policy.hpp"
#include "domain/issue/use_cases.hpp"
#include "domain/linked_id.hpp"
#include "domain/notification/notify.hpp"

namespace accord::domain {

namespace {
constexpr UnixSeconds kYear = 366LL * 24 * 3600;

Result<std::vector<std::string>> checkList(const std::vector<std::string>& items, const char* field) {
  if (items.size() > 50) return invalid(field, "at most 50 entries");
  std::vector<std::string> out;
  for (const auto& item : items) {
    ACCORD_TRY(auto clean, checkText(item, field, 200));
    out.push_back(std::move(clean));
  }
  return out;
}
}  // namespace

Result<Decision> proposeDecision(Store& store, const Caller& caller, long long districtId, const NewDecision& input,
                                 UnixSeconds now, std::vector<long long>* notified) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  Decision d;
  d.districtId = districtId;
  d.proposedBy = caller.user.id;
  d.createdAt = now;
  std::string title, text;
  if (input.issueId) {
    auto issue = issueAccess(*tx, districtId, *input.issueId, caller.user);
    if (!issue.ok()) {
      if (issue.error().code == ErrorCode::kNotFound) return linkNotFound("issue_id", "no such issue in this district");
      return issue.takeError();
    }
    if (input.bodyId && *input.bodyId != issue->issue.bodyId)
      return invalid("body_id", "must be the issue's body (or left out)");
    if (issue->issue.step != "solution" || !issue->issue.solutionOptionId)
      return conflict("a proposal comes from an issue at the solution step with its solution chosen", "issue_id");
    // One proposal at a time per issue: a second would race the first to the agreement step.
    DecisionFilter open;
    open.bodyId = issue->issue.bodyId;
    open.issueId = issue->issue.id;
    open.status = "open";
    open.viewerId = caller.user.id;
    ACCORD_TRY(auto already, tx->decisions().list(districtId, open, 0, 1));
    if (!already.items.empty()) return conflict("this issue has an open proposal already", "issue_id");
    d.bodyId = issue->issue.bodyId;
    d.issueId = issue->issue.id;
    d.confidential = issue->issue.confidential;
    title = issue->issue.title;
    text = issue->issue.solutionText;
  } else {
    if (!input.bodyId) return invalid("body_id", "is required (or give an issue_id)");
    d.bodyId = *input.bodyId;
  }
  auto access = bodyAccess(*tx, districtId, d.bodyId, caller.user);
  if (!access.ok()) {
    if (access.error().code == ErrorCode::kNotFound) return invalid("body_id", "no such body in this district");
    return access.takeError();
  }
  ACCORD_CHECK(mayPropose(*access));
  ACCORD_TRY(d.title, checkText(input.title.value_or(title), "title", 200));
  ACCORD_TRY(d.text, checkText(input.text.value_or(text), "text", 20000));
  if (!input.deadline) return invalid("deadline", "is required");
  if (*input.deadline <= now || *input.deadline > now + kYear)
    return invalid("deadline", "must be in the future and within a year");
  d.deadline = *input.deadline;
  ACCORD_TRY(d.articles, checkList(input.articles, "articles"));
  ACCORD_TRY(d.metrics, checkList(input.metrics, "metrics"));
  if (input.effectiveAt && *input.effectiveAt <= 0) return invalid("effective_at", "must be a time");
  if (input.reviewAt && *input.reviewAt <= 0) return invalid("review_at", "must be a time");
  if (input.effectiveAt && input.reviewAt && *input.reviewAt < *input.effectiveAt)
    return invalid("review_at", "must not be before the effective date");
  d.effectiveAt = input.effectiveAt;
  d.reviewAt = input.reviewAt;
  d.participation = input.participation.value_or("joint");
  if (!isParticipation(d.participation)) return invalid("participation", "must be informed, consulted or joint");
  d.proposedByName = caller.user.name;
  ACCORD_TRY(d.id, tx->decisions().insert(d));
  ACCORD_CHECK(audit(*tx, districtId, caller, "decision.propose", "decision", d.id,
                     {{"body_id", d.bodyId}, {"issue_id", d.issueId ? nlohmann::json(*d.issueId) : nullptr}}, now));
  ACCORD_TRY(auto seats, tx->bodies().seats(d.bodyId));
  std::vector<long long> voters;
  for (const auto& m : seats)
    if (votes(m)) voters.push_back(m.userId);
  ACCORD_TRY(auto told, notify(*tx, {districtId, "proposal_stance", {"decision", d.id}, caller.user.id, now}, voters));
  ACCORD_CHECK(tx->commit());
  addNotified(notified, told);
  return d;
}

}  // namespace accord::domain
