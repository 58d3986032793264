#pragma once
// Interest-based issues. Each function is one use case, in a file of the same name.
#include <optional>
#include <string>
#include <vector>

#include "domain/account/use_cases.hpp"
#include "domain/issue/issue.hpp"
#include "domain/issue/policy.hpp"

namespace accord::domain {

struct NewIssue {
  long long bodyId = 0;
  std::string title;
  std::string description;
  bool confidential = false;
  std::vector<std::string> references;
};
// Any member of the body raises an issue in it; it starts at the focus step.
Result<Issue> raiseIssue(Store& store, const Caller& caller, long long districtId, const NewIssue& input,
                         UnixSeconds now);

struct IssueView {
  Issue issue;
  std::vector<IssueItem> interests, options, criteria;
  ScoreMatrix matrix;
  std::vector<StepReady> ready;  // the sides that said they are ready to leave the current step
};
Result<IssueView> getIssue(Store& store, const Caller& caller, long long districtId, long long issueId);

// Confidential issues appear only to the members of their body.
Result<Page<Issue>> listIssues(Store& store, const Caller& caller, long long districtId, const IssueFilter& filter,
                               long long cursor, int limit);

// How many issues the caller may see are at each step (of one body, or of all when bodyId is 0),
// in the order of the steps.
Result<std::vector<StepCount>> countIssuesByStep(Store& store, const Caller& caller, long long districtId,
                                                 long long bodyId);

// Moves to the next FMCS step (skipping one is a conflict), back to the step before, or to withdrawn or
// referred with a note. Under the body's both_sides rule, moving on is each side's word that it is
// ready: the issue moves once a labor and a management member have both said so, and until then it
// stays where it is with the caller's side recorded as ready, and the other side's members of the body
// are told in their notification centre (issue_ready); `notified`, when given, learns who was told.
Result<Issue> moveIssue(Store& store, const Caller& caller, long long districtId, long long issueId,
                        const std::string& step, const std::string& note, UnixSeconds now,
                        std::vector<long long>* notified = nullptr);

struct NewIssueItem {
  std::string kind;  // interest, option, criterion
  std::string text;
  std::string tag;   // interest: labor, management, shared
  std::optional<long long> weight;  // criterion: 1–5
};
Result<IssueItem> addIssueItem(Store& store, const Caller& caller, long long districtId, long long issueId,
                               const NewIssueItem& input, UnixSeconds now);

struct NewScore {
  std::optional<long long> optionId, criterionId, score;
  // The score the caller last saw in the cell (an empty inner optional: unscored). When given, a score
  // that someone else has set since is not replaced (see scoreChangedMeanwhile); when absent, the last
  // write wins.
  std::optional<std::optional<long long>> expectedScore;
};
// When the cell changed under the caller, nothing is written and the answer is kConflict naming
// expected_score; `current`, when given, learns the cell as it is now.
Result<ScoreMatrix> scoreOption(Store& store, const Caller& caller, long long districtId, long long issueId,
                                const NewScore& input, UnixSeconds now, IssueScore* current = nullptr);

// At the solution step: the option the body settles on, in words.
Result<Issue> chooseSolution(Store& store, const Caller& caller, long long districtId, long long issueId,
                             long long optionId, const std::string& text, UnixSeconds now);

// Trims `text` and checks it is present and at most `max` characters.
Result<std::string> checkText(const std::string& text, const char* field, std::size_t max);

}  // namespace accord::domain
