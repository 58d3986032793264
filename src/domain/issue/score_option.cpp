#include <fmt/format.h>

#include "domain/audit/use_cases.hpp"
#include "domain/issue/use_cases.hpp"

namespace accord::domain {

namespace {
const IssueItem* findItem(const std::vector<IssueItem>& items, long long id, std::string_view kind) {
  for (const auto& item : items)
    if (item.id == id && item.kind == kind) return &item;
  return nullptr;
}

// Writes the score unless someone else changed the cell since the caller saw `expected` there. Each
// turn writes only over the cell as that turn read it, so a score another request sets in between is
// weighed on the next turn rather than replaced unseen.
Result<void> scoreUnlessChanged(Transaction& tx, long long issueId, const IssueScore& score,
                                std::optional<int> expected, IssueScore* current) {
  constexpr int kTurns = 3;
  for (int turn = 0; turn < kTurns; ++turn) {
    ACCORD_TRY(auto scores, tx.issues().scores(issueId));
    auto cell = scoreOf(scores, score.optionId, score.criterionId);
    if (scoreChangedMeanwhile(cell, expected, score)) {
      if (current) *current = *cell;
      return conflict(fmt::format("{} has changed this score to {} since you looked", cell->scoredByName, cell->score),
                      "expected_score");
    }
    ACCORD_TRY(bool written, tx.issues().replaceScore(issueId, score, cell));
    if (written) return Ok{};
  }
  return conflict("this score keeps changing; look at it again", "expected_score");
}
}  // namespace

Result<ScoreMatrix> scoreOption(Store& store, const Caller& caller, long long districtId, long long issueId,
                                const NewScore& input, UnixSeconds now, IssueScore* current) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(IssueAccess access, issueAccess(*tx, districtId, issueId, caller.user));
  ACCORD_CHECK(mayWorkOnIssues(access.body));
  ACCORD_TRY(auto items, tx->issues().items(issueId));
  if (!input.optionId) return invalid("option_id", "is required");
  if (!findItem(items, *input.optionId, "option")) return invalid("option_id", "no such option on this issue");
  if (!input.criterionId) return invalid("criterion_id", "is required");
  if (!findItem(items, *input.criterionId, "criterion"))
    return invalid("criterion_id", "no such criterion on this issue");
  if (!input.score) return invalid("score", "is required");
  if (*input.score < 1 || *input.score > 5) return invalid("score", "must be a whole number from 1 to 5");
  std::optional<int> expected;
  if (input.expectedScore && *input.expectedScore) {
    long long seen = **input.expectedScore;
    if (seen < 1 || seen > 5) return invalid("expected_score", "must be a whole number from 1 to 5, or null");
    expected = static_cast<int>(seen);
  }
  ACCORD_CHECK(mayAddItem(access.issue, "score"));
  IssueScore score{*input.optionId, *input.criterionId, static_cast<int>(*input.score), caller.user.id, now, {}};
  if (input.expectedScore) {
    ACCORD_CHECK(scoreUnlessChanged(*tx, issueId, score, expected, current));
  } else {
    ACCORD_CHECK(tx->issues().setScore(issueId, score));
  }
  ACCORD_CHECK(audit(*tx, districtId, caller, "issue.score", "issue", issueId,
                     {{"option_id", score.optionId}, {"criterion_id", score.criterionId}, {"score", score.score}},
                     now));
  ACCORD_TRY(auto scores, tx->issues().scores(issueId));
  ACCORD_CHECK(tx->commit());
  return scoreMatrix(items, scores);
}

}  // namespace accord::domain
