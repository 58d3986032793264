#pragma once
// Interest-based issues: a problem a joint body works through the FMCS steps, from focusing
// the issue to a written agreement, so that neither side "wins" it alone.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// The open steps in their order, then the closed ones. `agreement` is reached only when the
// issue's decision is adopted; `withdrawn` and `referred` may be taken from any open step.
int issueStepIndex(std::string_view step);  // 0 focus … 6 agreement; -1 for withdrawn, referred, unknown
bool isIssueStep(std::string_view step);
bool isOpenIssueStep(std::string_view step);  // focus … solution
// The step after `step` in the FMCS order, or empty when there is none.
std::string nextIssueStep(std::string_view step);
// The open step before `step`, or empty at the first step and for closed ones.
std::string previousIssueStep(std::string_view step);

// A side's word that it is ready to leave the issue's current step (under a both_sides body rule).
struct StepReady {
  std::string side;  // labor or management
  long long userId = 0;
  std::string name;  // filled when read
  UnixSeconds at = 0;
};

struct Issue {
  long long id = 0;
  long long districtId = 0;
  long long bodyId = 0;
  long long raisedBy = 0;
  std::string title;
  std::string description;
  bool confidential = false;
  std::vector<std::string> references;  // contract articles, MOUs
  std::string step = "focus";
  std::string stepNote;  // why it was withdrawn or where it was referred
  std::optional<long long> solutionOptionId;
  std::string solutionText;
  std::optional<long long> decisionId;  // the adopted decision that made it an agreement
  UnixSeconds createdAt = 0;
  UnixSeconds updatedAt = 0;
  std::string raisedByName;  // filled when read
};

// An interest, an option or a criterion: the things a body writes down along the steps.
struct IssueItem {
  long long id = 0;
  long long issueId = 0;
  std::string kind;  // interest, option, criterion
  std::string text;
  std::string tag;   // for an interest: labor, management or shared
  int weight = 0;    // for a criterion: 1–5
  long long authorId = 0;
  UnixSeconds createdAt = 0;
};

struct IssueScore {
  long long optionId = 0;
  long long criterionId = 0;
  int score = 0;  // 1–5
  long long scoredBy = 0;
  UnixSeconds scoredAt = 0;
  std::string scoredByName;  // filled when read
};

struct IssueFilter {
  long long bodyId = 0;  // 0: every body
  std::string step;      // empty: every step
  long long viewerId = 0;  // confidential issues only of bodies this person sits in
  bool openOnly = false;   // only the steps still being worked through (focus … solution)
};

// How many issues are at a step.
struct StepCount {
  std::string step;
  long long count = 0;
};

// The counts in the order of the steps, then withdrawn, then referred.
std::vector<StepCount> sortedByStep(std::vector<StepCount> counts);

class IssueRepository {
 public:
  virtual ~IssueRepository() = default;
  virtual Result<long long> insert(const Issue& issue) = 0;
  // Only within the district: an issue of another district is kNotFound.
  virtual Result<Issue> byId(long long districtId, long long issueId) = 0;
  virtual Result<Page<Issue>> list(long long districtId, const IssueFilter& filter, long long afterId, int limit) = 0;
  // The number of issues at each step that has any, under the filter's body and viewer (its step is ignored).
  virtual Result<std::vector<StepCount>> stepCounts(long long districtId, const IssueFilter& filter) = 0;
  // Writes the step, its note, the solution and the decision.
  virtual Result<void> update(const Issue& issue) = 0;
  virtual Result<long long> insertItem(const IssueItem& item) = 0;
  virtual Result<std::vector<IssueItem>> items(long long issueId) = 0;
  // One score per option and criterion: a new score replaces the old one.
  virtual Result<void> setScore(long long issueId, const IssueScore& score) = 0;
  // Writes `score` only over the cell as it was read (`seen`; empty: unscored), and says whether it
  // did: false when the cell has been written since.
  virtual Result<bool> replaceScore(long long issueId, const IssueScore& score,
                                    const std::optional<IssueScore>& seen) = 0;
  virtual Result<std::vector<IssueScore>> scores(long long issueId) = 0;
  // The sides ready to leave `step`, labor before management.
  virtual Result<std::vector<StepReady>> readiness(long long issueId, const std::string& step) = 0;
  // A side says it is ready to leave the issue's current step (again: the newer word replaces the older).
  virtual Result<void> markReady(const Issue& issue, const StepReady& ready) = 0;
  // Forgets every side's word, once the issue has moved.
  virtual Result<void> clearReadiness(long long issueId) = 0;
};

// The options scored against the weighted criteria.
struct MatrixRow {
  long long optionId = 0;
  std::string option;
  std::vector<std::optional<IssueScore>> cells;  // one per criterion, in the criteria's order
  int weightedTotal = 0;                         // sum of score × weight over the scored cells
  int unscored = 0;                              // cells without a score yet
};
struct ScoreMatrix {
  std::vector<IssueItem> criteria;
  std::vector<MatrixRow> rows;
};
ScoreMatrix scoreMatrix(const std::vector<IssueItem>& items, const std::vector<IssueScore>& scores);

// The score of one option against one criterion, if it has one.
std::optional<IssueScore> scoreOf(const std::vector<IssueScore>& scores, long long optionId, long long criterionId);

// Whether writing `wanted` over `cell` would replace, unseen, a score that someone else set after the
// scorer last looked and saw `expected` there (empty: unscored). The scorer's own score, and one equal
// to `wanted`, are never in the way.
bool scoreChangedMeanwhile(const std::optional<IssueScore>& cell, std::optional<int> expected,
                           const IssueScore& wanted);

}  // namespace accord::domain
