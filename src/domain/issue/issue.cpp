#include "domain/issue/issue.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace accord::domain {

namespace {
constexpr std::array<std::string_view, 7> kOrder = {"focus",   "interests", "options",  "criteria",
                                                    "scoring", "solution",  "agreement"};
}

int issueStepIndex(std::string_view step) {
  for (std::size_t i = 0; i < kOrder.size(); ++i)
    if (kOrder[i] == step) return static_cast<int>(i);
  return -1;
}

bool isIssueStep(std::string_view step) {
  return issueStepIndex(step) >= 0 || step == "withdrawn" || step == "referred";
}

bool isOpenIssueStep(std::string_view step) {
  int i = issueStepIndex(step);
  return i >= 0 && i <= issueStepIndex("solution");
}

std::vector<StepCount> sortedByStep(std::vector<StepCount> counts) {
  auto rank = [](const StepCount& c) {
    int i = issueStepIndex(c.step);
    return i >= 0 ? i : c.step == "withdrawn" ? 100 : 101;
  };
  std::sort(counts.begin(), counts.end(), [&](const StepCount& a, const StepCount& b) { return rank(a) < rank(b); });
  return counts;
}

std::string nextIssueStep(std::string_view step) {
  int i = issueStepIndex(step);
  if (i < 0 || i + 1 >= static_cast<int>(kOrder.size())) return {};
  return std::string(kOrder[i + 1]);
}

std::string previousIssueStep(std::string_view step) {
  int i = issueStepIndex(step);
  if (i <= 0 || !isOpenIssueStep(step)) return {};
  return std::string(kOrder[i - 1]);
}

ScoreMatrix scoreMatrix(const std::vector<IssueItem>& items, const std::vector<IssueScore>& scores) {
  ScoreMatrix matrix;
  std::map<std::pair<long long, long long>, const IssueScore*> cell;
  for (const auto& s : scores) cell[{s.optionId, s.criterionId}] = &s;
  for (const auto& item : items)
    if (item.kind == "criterion") matrix.criteria.push_back(item);
  for (const auto& item : items) {
    if (item.kind != "option") continue;
    MatrixRow row;
    row.optionId = item.id;
    row.option = item.text;
    for (const auto& criterion : matrix.criteria) {
      auto it = cell.find({item.id, criterion.id});
      if (it == cell.end()) {
        row.cells.emplace_back();
        ++row.unscored;
      } else {
        row.cells.emplace_back(*it->second);
        row.weightedTotal += it->second->score * criterion.weight;
      }
    }
    matrix.rows.push_back(std::move(row));
  }
  return matrix;
}

std::optional<IssueScore> scoreOf(const std::vector<IssueScore>& scores, long long optionId, long long criterionId) {
  for (const auto& s : scores)
    if (s.optionId == optionId && s.criterionId == criterionId) return s;
  return std::nullopt;
}

bool scoreChangedMeanwhile(const std::optional<IssueScore>& cell, std::optional<int> expected,
                           const IssueScore& wanted) {
  // An unscored cell holds nobody's score to replace.
  if (!cell) return false;
  if (cell->scoredBy == wanted.scoredBy || cell->score == wanted.score) return false;
  return cell->score != expected;
}

}  // namespace accord::domain
