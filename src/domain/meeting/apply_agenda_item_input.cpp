#include "domain/account/rules.hpp"
#include "domain/action/policy.hpp"
#include "domain/decision/policy.hpp"
#include "domain/issue/policy.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<void> applyAgendaItemInput(Transaction& tx, const User& caller, const Meeting& meeting, AgendaItem& item,
                                  const AgendaItemInput& input) {
  if (input.title) {
    ACCORD_TRY(item.title, checkName(*input.title, "title"));
  }
  if (input.timeBoxMinutes) {
    if (*input.timeBoxMinutes < 1 || *input.timeBoxMinutes > 24 * 60)
      return invalid("time_box_minutes", "must be from 1 to 1440 minutes");
    item.timeBoxMinutes = static_cast<int>(*input.timeBoxMinutes);
  }
  for (auto [value, target, field] : {std::tuple{input.issueId, &item.issueId, "issue_id"},
                                      std::tuple{input.decisionId, &item.decisionId, "decision_id"},
                                      std::tuple{input.actionId, &item.actionId, "action_id"}}) {
    if (!value) continue;
    if (*value < 0) return invalid(field, "must be the id of an existing record");
    *target = *value == 0 ? std::nullopt : std::optional<long long>(*value);
  }
  if (input.issueId && item.issueId)
    ACCORD_CHECK(linkedIssue(tx, meeting.districtId, *item.issueId, meeting.bodyId, caller, "issue_id"));
  if (input.decisionId && item.decisionId)
    ACCORD_CHECK(linkedDecision(tx, meeting.districtId, *item.decisionId, meeting.bodyId, caller, "decision_id"));
  if (input.actionId && item.actionId) ACCORD_CHECK(linkedActionItem(tx, meeting.districtId, *item.actionId, "action_id"));
  return Ok{};
}

}  // namespace accord::domain
