#include "store/sql/issue_repositories.hpp"

#include "store/sql/errors.hpp"
#include "store/sql/json_list.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kInsertIssue =
    "INSERT INTO issues (district_id, body_id, raised_by, title, description, confidential, refs, step, step_note, "
    "created_at, updated_at) VALUES (:district, :body, :raised_by, :title, :description, :confidential, :refs, "
    ":step, :note, :created, :updated) RETURNING id";
constexpr const char* kIssueColumns =
    "SELECT i.id, i.district_id, i.body_id, i.raised_by, i.title, i.description, i.confidential, i.refs, i.step, "
    "i.step_note, i.solution_option_id, i.solution_text, i.decision_id, i.created_at, i.updated_at, u.name "
    "FROM issues i JOIN users u ON u.id = i.raised_by ";
constexpr const char* kIssueById = "WHERE i.district_id = :district AND i.id = :id";
// A confidential issue is listed only for the members of its body.
constexpr const char* kIssuesOfDistrict =
    "WHERE i.district_id = :district AND i.id > :after AND (:body = 0 OR i.body_id = :body2) "
    "AND (:step = '' OR i.step = :step2) AND (i.confidential = 0 OR EXISTS (SELECT 1 FROM body_members bm "
    "WHERE bm.body_id = i.body_id AND bm.user_id = :viewer)) ORDER BY i.id LIMIT :limit";
// Read from the counts the triggers keep (migration 25), a few rows a district, not its every issue.
#define ACCORD_STEP_COUNTS(STEPS)                                                                          \
  "SELECT c.step, CAST(SUM(c.n) AS BIGINT) FROM issue_step_counts c WHERE c.district_id = :district " STEPS  \
  "AND (:body = 0 OR c.body_id = :body2) "                                                                  \
  "AND (c.confidential = 0 OR EXISTS (SELECT 1 FROM body_members bm WHERE bm.body_id = c.body_id "         \
  "AND bm.user_id = :viewer)) GROUP BY c.step HAVING SUM(c.n) > 0"
constexpr const char* kStepCounts = ACCORD_STEP_COUNTS("");
// The open steps (domain::isOpenIssueStep) by name, so that the key skips a district's closed steps.
constexpr const char* kOpenStepCounts =
    ACCORD_STEP_COUNTS("AND c.step IN ('focus', 'interests', 'options', 'criteria', 'scoring', 'solution') ");
#undef ACCORD_STEP_COUNTS
constexpr const char* kUpdateIssue =
    "UPDATE issues SET step = :step, step_note = :note, solution_option_id = :option, solution_text = :solution, "
    "decision_id = :decision, updated_at = :updated WHERE id = :id AND district_id = :district";

constexpr const char* kInsertIssueItem =
    "INSERT INTO issue_items (issue_id, kind, text, tag, weight, author_id, created_at) "
    "VALUES (:issue, :kind, :text, :tag, :weight, :author, :created) RETURNING id";
constexpr const char* kItemsOfIssue =
    "SELECT id, issue_id, kind, text, tag, weight, author_id, created_at FROM issue_items "
    "WHERE issue_id = :issue ORDER BY id";

constexpr const char* kUpsertScore =
    "INSERT INTO issue_scores (issue_id, option_id, criterion_id, score, scored_by, scored_at) "
    "VALUES (:issue, :option, :criterion, :score, :by, :at) ON CONFLICT (option_id, criterion_id) "
    "DO UPDATE SET score = excluded.score, scored_by = excluded.scored_by, scored_at = excluded.scored_at";
// A write over the cell as it was read: nothing when someone has scored it, or changed it, since.
constexpr const char* kInsertScoreIfUnscored =
    "INSERT INTO issue_scores (issue_id, option_id, criterion_id, score, scored_by, scored_at) "
    "VALUES (:issue, :option, :criterion, :score, :by, :at) ON CONFLICT (option_id, criterion_id) DO NOTHING";
constexpr const char* kReplaceScoreIfAsSeen =
    "UPDATE issue_scores SET score = :score, scored_by = :by, scored_at = :at WHERE issue_id = :issue "
    "AND option_id = :option AND criterion_id = :criterion AND score = :seen_score AND scored_by = :seen_by "
    "AND scored_at = :seen_at";
constexpr const char* kScoresOfIssue =
    "SELECT s.option_id, s.criterion_id, s.score, s.scored_by, s.scored_at, u.name FROM issue_scores s "
    "JOIN users u ON u.id = s.scored_by WHERE s.issue_id = :issue ORDER BY s.id";

struct IssueRow {
  domain::Issue i;
  int confidential = 0;
  std::string refs;
  OptionalColumn<long long> option, decision;
  template <class Columns>
  void bind(Columns& st) {
    st.into(i.id);
    st.into(i.districtId);
    st.into(i.bodyId);
    st.into(i.raisedBy);
    st.into(i.title);
    st.into(i.description);
    st.into(confidential);
    st.into(refs);
    st.into(i.step);
    st.into(i.stepNote);
    st.into(option);
    st.into(i.solutionText);
    st.into(decision);
    st.into(i.createdAt);
    st.into(i.updatedAt);
    st.into(i.raisedByName);
  }
  domain::Issue take() const {
    domain::Issue out = i;
    out.confidential = confidential != 0;
    out.references = fromJsonList(refs);
    out.solutionOptionId = option.get();
    out.decisionId = decision.get();
    return out;
  }
};

struct IssueItemRow {
  domain::IssueItem i;
  template <class Columns>
  void bind(Columns& st) {
    st.into(i.id);
    st.into(i.issueId);
    st.into(i.kind);
    st.into(i.text);
    st.into(i.tag);
    st.into(i.weight);
    st.into(i.authorId);
    st.into(i.createdAt);
  }
  domain::IssueItem take() const { return i; }
};

struct ScoreRow {
  domain::IssueScore s;
  template <class Columns>
  void bind(Columns& st) {
    st.into(s.optionId);
    st.into(s.criterionId);
    st.into(s.score);
    st.into(s.scoredBy);
    st.into(s.scoredAt);
    st.into(s.scoredByName);
  }
  domain::IssueScore take() const { return s; }
};

}  // namespace

Result<long long> SqlIssues::insert(const domain::Issue& i) {
  return guarded("insert issue", [&]() -> Result<long long> {
    long long id = 0;
    int confidential = i.confidential ? 1 : 0;
    std::string refs = toJsonList(i.references);
    sql_ << kInsertIssue, use(i.districtId), use(i.bodyId), use(i.raisedBy), use(i.title), use(i.description),
        use(confidential), use(refs), use(i.step), use(i.stepNote), use(i.createdAt), use(i.updatedAt), into(id);
    return id;
  });
}

Result<domain::Issue> SqlIssues::byId(long long districtId, long long issueId) {
  return guarded("issue by id", [&]() -> Result<domain::Issue> {
    auto rows = selectKept<IssueRow>(sql_, std::string(kIssueColumns) + kIssueById, districtId, issueId);
    if (rows.empty()) return notFound("no such issue");
    return rows.front();
  });
}

namespace {
struct StepCountRow {
  domain::StepCount c;
  template <class Columns>
  void bind(Columns& st) {
    st.into(c.step);
    st.into(c.count);
  }
  domain::StepCount take() const { return c; }
};
}  // namespace

Result<std::vector<domain::StepCount>> SqlIssues::stepCounts(long long districtId, const domain::IssueFilter& filter) {
  return guarded("count issues by step", [&]() -> Result<std::vector<domain::StepCount>> {
    return selectKept<StepCountRow>(sql_, filter.openOnly ? kOpenStepCounts : kStepCounts, districtId, filter.bodyId,
                                    filter.bodyId, filter.viewerId);
  });
}

Result<domain::Page<domain::Issue>> SqlIssues::list(long long districtId, const domain::IssueFilter& filter,
                                                    long long afterId, int limit) {
  return guarded("list issues", [&]() -> Result<domain::Page<domain::Issue>> {
    int fetch = limit + 1;
    auto rows = selectKept<IssueRow>(sql_, std::string(kIssueColumns) + kIssuesOfDistrict, districtId, afterId, filter.bodyId, filter.bodyId, filter.step, filter.step, filter.viewerId, fetch);
    return toPage(std::move(rows), limit, [](const domain::Issue& i) { return i.id; });
  });
}

Result<void> SqlIssues::update(const domain::Issue& i) {
  return guarded("update issue", [&]() -> Result<void> {
    Nullable<long long> option(i.solutionOptionId), decision(i.decisionId);
    sql_ << kUpdateIssue, use(i.step), use(i.stepNote), use(option.value, option.ind), use(i.solutionText),
        use(decision.value, decision.ind), use(i.updatedAt), use(i.id), use(i.districtId);
    return Ok{};
  });
}

Result<long long> SqlIssues::insertItem(const domain::IssueItem& i) {
  return guarded("insert issue item", [&]() -> Result<long long> {
    long long id = 0;
    sql_ << kInsertIssueItem, use(i.issueId), use(i.kind), use(i.text), use(i.tag), use(i.weight), use(i.authorId),
        use(i.createdAt), into(id);
    return id;
  });
}

Result<std::vector<domain::IssueItem>> SqlIssues::items(long long issueId) {
  return guarded("issue items", [&]() -> Result<std::vector<domain::IssueItem>> {
    return selectKept<IssueItemRow>(sql_, kItemsOfIssue, issueId);
  });
}

Result<void> SqlIssues::setScore(long long issueId, const domain::IssueScore& s) {
  return guarded("set score", [&]() -> Result<void> {
    sql_ << kUpsertScore, use(issueId), use(s.optionId), use(s.criterionId), use(s.score), use(s.scoredBy),
        use(s.scoredAt);
    return Ok{};
  });
}

Result<bool> SqlIssues::replaceScore(long long issueId, const domain::IssueScore& s,
                                     const std::optional<domain::IssueScore>& seen) {
  return guarded("replace score", [&]() -> Result<bool> {
    if (!seen) {
      soci::statement st = (sql_.prepare << kInsertScoreIfUnscored, use(issueId), use(s.optionId),
                            use(s.criterionId), use(s.score), use(s.scoredBy), use(s.scoredAt));
      st.execute(true);
      return st.get_affected_rows() == 1;
    }
    soci::statement st = (sql_.prepare << kReplaceScoreIfAsSeen, use(s.score), use(s.scoredBy), use(s.scoredAt),
                          use(issueId), use(s.optionId), use(s.criterionId), use(seen->score),
                          use(seen->scoredBy), use(seen->scoredAt));
    st.execute(true);
    return st.get_affected_rows() == 1;
  });
}

namespace {

constexpr const char* kReadiness =
    "SELECT r.side, r.user_id, u.name, r.at FROM issue_ready r JOIN users u ON u.id = r.user_id "
    "WHERE r.issue_id = :issue AND r.step = :step ORDER BY r.side";

struct ReadyRow {
  domain::StepReady r;
  template <class Columns>
  void bind(Columns& st) {
    st.into(r.side);
    st.into(r.userId);
    st.into(r.name);
    st.into(r.at);
  }
  domain::StepReady take() const { return r; }
};

}  // namespace

Result<std::vector<domain::StepReady>> SqlIssues::readiness(long long issueId, const std::string& step) {
  return guarded("issue readiness", [&]() -> Result<std::vector<domain::StepReady>> {
    return selectKept<ReadyRow>(sql_, kReadiness, issueId, step);
  });
}

Result<void> SqlIssues::markReady(const domain::Issue& issue, const domain::StepReady& r) {
  return guarded("issue ready", [&]() -> Result<void> {
    sql_ << "INSERT INTO issue_ready (issue_id, district_id, body_id, step, side, user_id, at) "
            "VALUES (:issue, :district, :body, :step, :side, :user, :at) "
            "ON CONFLICT (issue_id, step, side) DO UPDATE SET user_id = excluded.user_id, at = excluded.at",
        soci::use(issue.id), soci::use(issue.districtId), soci::use(issue.bodyId), soci::use(issue.step),
        soci::use(r.side), soci::use(r.userId), soci::use(r.at);
    return Ok{};
  });
}

Result<void> SqlIssues::clearReadiness(long long issueId) {
  return guarded("issue readiness cleared", [&]() -> Result<void> {
    sql_ << "DELETE FROM issue_ready WHERE issue_id = :issue", soci::use(issueId);
    return Ok{};
  });
}

Result<std::vector<domain::IssueScore>> SqlIssues::scores(long long issueId) {
  return guarded("issue scores", [&]() -> Result<std::vector<domain::IssueScore>> {
    return selectKept<ScoreRow>(sql_, kScoresOfIssue, issueId);
  });
}

}  // namespace accord::store
