// Interest-based issues: the FMCS steps in order, interests, options, weighted criteria,
// the scoring matrix, the solution, confidentiality and who may do what.
#include <soci/soci.h>

#include "partnership_fixture.hpp"

namespace accord::testing {
namespace {

class IssueApi : public PartnershipApi {
 protected:
  // Moves an issue forward through each step until it is at `step`.
  void advanceTo(long long issue, const std::string& step) {
    for (const char* next : {"interests", "options", "criteria", "scoring", "solution"}) {
      if (get(issuePath(issue), &labor_).json()["step"] == step) return;
      auto r = post(issuePath(issue) + "/step", {{"step", next}}, &labor_);
      ASSERT_EQ(r.status, 200) << r.body;
    }
  }
};
ACCORD_ON_EVERY_BACKEND(IssueApi);

TEST_P(IssueApi, AMemberOfEitherSideRaisesAnIssueAtTheFocusStep) {
  long long issue = raiseIssue(management_);
  auto r = get(issuePath(issue), &labor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["step"], "focus");
  EXPECT_EQ(r.json()["title"], "Class size in grade 3");
  EXPECT_EQ(r.json()["references"], nlohmann::json({"Article 12.3", "MOU 2024-2"}));
  EXPECT_EQ(r.json()["raised_by"], management_.userId);
  EXPECT_EQ(r.json()["confidential"], false);
}

TEST_P(IssueApi, WalksTheStepsToAScoredMatrixAndASolution) {
  long long issue = raiseIssue(labor_);
  std::string path = issuePath(issue);
  ASSERT_EQ(post(path + "/step", {{"step", "interests"}}, &labor_).status, 200);
  EXPECT_EQ(post(path + "/interests", {{"text", "Time to teach each child"}, {"side", "labor"}}, &labor_).status, 201);
  EXPECT_EQ(post(path + "/interests", {{"text", "Stay within budget"}, {"side", "management"}}, &management_).status,
            201);
  EXPECT_EQ(post(path + "/interests", {{"text", "Student learning"}, {"side", "shared"}}, &neutral_).status, 201);
  ASSERT_EQ(post(path + "/step", {{"step", "options"}}, &management_).status, 200);
  long long aides = post(path + "/options", {{"text", "Hire aides"}}, &labor_).json()["id"];
  long long cap = post(path + "/options", {{"text", "Cap at 26"}}, &management_).json()["id"];
  ASSERT_EQ(post(path + "/step", {{"step", "criteria"}}, &labor_).status, 200);
  long long cost = post(path + "/criteria", {{"text", "Cost"}, {"weight", 3}}, &management_).json()["id"];
  long long learning = post(path + "/criteria", {{"text", "Learning"}, {"weight", 5}}, &labor_).json()["id"];
  ASSERT_EQ(post(path + "/step", {{"step", "scoring"}}, &labor_).status, 200);
  for (auto [option, criterion, score] : {std::tuple{aides, cost, 2}, std::tuple{aides, learning, 4},
                                          std::tuple{cap, cost, 1}, std::tuple{cap, learning, 5}}) {
    auto r = post(path + "/scores", {{"option_id", option}, {"criterion_id", criterion}, {"score", score}}, &labor_);
    ASSERT_EQ(r.status, 200) << r.body;
  }
  // A second score for the same cell replaces the first.
  ASSERT_EQ(post(path + "/scores", {{"option_id", aides}, {"criterion_id", cost}, {"score", 3}}, &management_).status,
            200);

  auto matrix = get(path + "/matrix", &neutral_);
  ASSERT_EQ(matrix.status, 200) << matrix.body;
  auto rows = matrix.json()["rows"];
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0]["option_id"], aides);
  EXPECT_EQ(rows[0]["scores"], nlohmann::json({3, 4}));
  EXPECT_EQ(rows[0]["weighted_total"], 3 * 3 + 4 * 5);
  EXPECT_EQ(rows[1]["weighted_total"], 1 * 3 + 5 * 5);
  EXPECT_EQ(matrix.json()["criteria"][1]["weight"], 5);

  EXPECT_EQ(post(path + "/solution", {{"option_id", aides}, {"text", "Hire aides"}}, &labor_).status, 409);
  ASSERT_EQ(post(path + "/step", {{"step", "solution"}}, &labor_).status, 200);
  auto chosen = post(path + "/solution", {{"option_id", aides}, {"text", "Two aides per grade-3 class."}}, &labor_);
  ASSERT_EQ(chosen.status, 200) << chosen.body;
  EXPECT_EQ(chosen.json()["solution"]["option_id"], aides);

  auto view = get(path, &management_).json();
  EXPECT_EQ(view["interests"].size(), 3u);
  EXPECT_EQ(view["interests"][2]["side"], "shared");
  EXPECT_EQ(view["options"].size(), 2u);
  EXPECT_EQ(view["criteria"].size(), 2u);
  EXPECT_EQ(view["step"], "solution");
}

TEST_P(IssueApi, SkippingAStepIsAConflictThatNamesTheNextStep) {
  long long issue = raiseIssue(labor_);
  auto r = post(issuePath(issue) + "/step", {{"step", "options"}}, &labor_);
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.json()["error"]["field"], "step");
  EXPECT_NE(r.json()["error"]["message"].get<std::string>().find("next step is interests"), std::string::npos)
      << r.body;
  auto agreement = post(issuePath(issue) + "/step", {{"step", "agreement"}}, &labor_);
  EXPECT_EQ(agreement.status, 409);
  EXPECT_EQ(get(issuePath(issue), &labor_).json()["step"], "focus");
}

TEST_P(IssueApi, ItemsWaitForTheirStep) {
  long long issue = raiseIssue(labor_);
  auto early = post(issuePath(issue) + "/options", {{"text", "Hire aides"}}, &labor_);
  EXPECT_EQ(early.status, 409);
  EXPECT_EQ(early.json()["error"]["field"], "step");
}

TEST_P(IssueApi, AnIssueIsWithdrawnOrReferredWithANoteAndThenStaysClosed) {
  long long issue = raiseIssue(labor_);
  auto noNote = post(issuePath(issue) + "/step", {{"step", "referred"}}, &labor_);
  EXPECT_EQ(noNote.status, 400);
  EXPECT_EQ(noNote.json()["error"]["field"], "note");
  auto referred = post(issuePath(issue) + "/step", {{"step", "referred"}, {"note", "To bargaining"}}, &management_);
  ASSERT_EQ(referred.status, 200) << referred.body;
  EXPECT_EQ(referred.json()["step"], "referred");
  EXPECT_EQ(referred.json()["step_note"], "To bargaining");
  EXPECT_EQ(post(issuePath(issue) + "/step", {{"step", "withdrawn"}, {"note", "x"}}, &labor_).status, 409);

  long long other = raiseIssue(labor_);
  advanceTo(other, "criteria");
  auto withdrawn = post(issuePath(other) + "/step", {{"step", "withdrawn"}, {"note", "Solved by the budget"}}, &labor_);
  EXPECT_EQ(withdrawn.status, 200);
  EXPECT_EQ(withdrawn.json()["step"], "withdrawn");
}

TEST_P(IssueApi, InvalidInputIsRefusedNamingTheField) {
  struct Case {
    std::string route;
    nlohmann::json body;
    std::string field;
  };
  long long issue = raiseIssue(labor_);
  advanceTo(issue, "scoring");
  std::string path = issuePath(issue);
  long long option = post(path + "/options", {{"text", "Hire aides"}}, &labor_).json()["id"];
  long long criterion = post(path + "/criteria", {{"text", "Cost"}, {"weight", 2}}, &labor_).json()["id"];
  std::vector<Case> cases = {
      {base_ + "/issues", {{"title", "x"}}, "body_id"},
      {base_ + "/issues", {{"body_id", body_}, {"title", "  "}}, "title"},
      {base_ + "/issues", {{"body_id", body_}, {"title", "x"}, {"references", "Article 1"}}, "references"},
      {base_ + "/issues", {{"body_id", body_}, {"title", "x"}, {"confidential", "yes"}}, "confidential"},
      {base_ + "/issues", {{"body_id", 999999}, {"title", "x"}}, "body_id"},
      {path + "/step", {{"step", "dreaming"}}, "step"},
      {path + "/interests", {{"text", "Fair pay"}, {"side", "students"}}, "side"},
      {path + "/interests", {{"text", ""}, {"side", "labor"}}, "text"},
      {path + "/criteria", {{"text", "Cost"}, {"weight", 6}}, "weight"},
      {path + "/criteria", {{"text", "Cost"}, {"weight", 0}}, "weight"},
      {path + "/criteria", {{"text", "Cost"}}, "weight"},
      {path + "/scores", {{"option_id", option}, {"criterion_id", criterion}, {"score", 0}}, "score"},
      {path + "/scores", {{"option_id", option}, {"criterion_id", criterion}, {"score", 6}}, "score"},
      {path + "/scores", {{"option_id", option}, {"criterion_id", criterion}, {"score", 2.5}}, "score"},
      {path + "/scores", {{"option_id", criterion}, {"criterion_id", criterion}, {"score", 3}}, "option_id"},
      {path + "/scores", {{"option_id", option}, {"criterion_id", option}, {"score", 3}}, "criterion_id"},
      {path + "/scores", {{"option_id", option}, {"score", 3}}, "criterion_id"},
      {path + "/scores", {{"option_id", option}, {"criterion_id", criterion}, {"score", 3}, {"expected_score", "3"}},
       "expected_score"},
      {path + "/scores", {{"option_id", option}, {"criterion_id", criterion}, {"score", 3}, {"expected_score", 2.5}},
       "expected_score"},
      {path + "/scores", {{"option_id", option}, {"criterion_id", criterion}, {"score", 3}, {"expected_score", 0}},
       "expected_score"},
      {path + "/scores", {{"option_id", option}, {"criterion_id", criterion}, {"score", 3}, {"expected_score", 6}},
       "expected_score"},
  };
  for (const auto& c : cases) {
    auto r = post(c.route, c.body, &labor_);
    EXPECT_EQ(r.status, 400) << c.route << " " << c.body.dump() << " " << r.body;
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.route << " " << c.body.dump() << " " << r.body;
  }
  EXPECT_EQ(get(base_ + "/issues?step=dreaming", &labor_).status, 400);
  EXPECT_EQ(get(base_ + "/issues?body=abc", &labor_).json()["error"]["field"], "body");
}

TEST_P(IssueApi, AConfidentialIssueExistsOnlyForTheBodysMembers) {
  long long open = raiseIssue(labor_);
  long long secret = raiseIssue(management_, {{"title", "Personnel matter"}, {"confidential", true}});
  EXPECT_EQ(get(issuePath(secret), &neutral_).status, 200);
  EXPECT_EQ(get(issuePath(secret), &labor_).status, 200);
  EXPECT_EQ(get(issuePath(secret), &outsider_).status, 404);
  EXPECT_EQ(get(issuePath(secret), &super_).status, 404);
  EXPECT_EQ(get(issuePath(secret) + "/matrix", &outsider_).status, 404);
  EXPECT_EQ(post(issuePath(secret) + "/step", {{"step", "interests"}}, &outsider_).status, 404);
  EXPECT_EQ(get(issuePath(open), &outsider_).status, 200);

  auto listed = get(base_ + "/issues", &outsider_).json()["items"];
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0]["id"], open);
  EXPECT_EQ(get(base_ + "/issues", &labor_).json()["items"].size(), 2u);
  EXPECT_EQ(get(base_ + "/issues", &outsider_).body.find("Personnel matter"), std::string::npos);
}

TEST_P(IssueApi, ListsArePagedAndFilteredByStepAndBody) {
  for (int i = 0; i < 3; ++i) raiseIssue(labor_);
  long long moved = raiseIssue(labor_);
  ASSERT_EQ(post(issuePath(moved) + "/step", {{"step", "interests"}}, &labor_).status, 200);

  auto first = get(base_ + "/issues?limit=2", &labor_);
  ASSERT_EQ(first.status, 200);
  EXPECT_EQ(first.json()["items"].size(), 2u);
  std::string cursor = first.json()["next_cursor"];
  auto second = get(base_ + "/issues?limit=2&cursor=" + cursor, &labor_).json();
  EXPECT_EQ(second["items"].size(), 2u);
  EXPECT_TRUE(second["next_cursor"].is_null());

  auto atInterests = get(base_ + "/issues?step=interests", &labor_).json()["items"];
  ASSERT_EQ(atInterests.size(), 1u);
  EXPECT_EQ(atInterests[0]["id"], moved);
  EXPECT_EQ(get(base_ + "/issues?body=" + std::to_string(body_), &labor_).json()["items"].size(), 4u);
  EXPECT_EQ(get(base_ + "/issues?body=" + std::to_string(body_ + 1000), &labor_).json()["items"].size(), 0u);
}

TEST_P(IssueApi, CountsByStepIncludeConfidentialIssuesOnlyForTheBody) {
  for (int i = 0; i < 2; ++i) raiseIssue(labor_);
  raiseIssue(labor_, {{"confidential", true}});
  long long moved = raiseIssue(labor_);
  ASSERT_EQ(post(issuePath(moved) + "/step", {{"step", "interests"}}, &labor_).status, 200);
  long long referred = raiseIssue(labor_);
  ASSERT_EQ(post(issuePath(referred) + "/step", {{"step", "referred"}, {"note", "To bargaining"}}, &labor_).status,
            200);
  auto counts = get(base_ + "/issue-steps", &management_);
  ASSERT_EQ(counts.status, 200) << counts.body;
  EXPECT_EQ(counts.json()["steps"], nlohmann::json::parse(R"([{"step":"focus","count":3},
      {"step":"interests","count":1},{"step":"referred","count":1}])"));
  auto outside = get(base_ + "/issue-steps?body=" + std::to_string(body_), &outsider_).json()["steps"];
  EXPECT_EQ(outside[0], nlohmann::json::parse(R"({"step":"focus","count":2})"));
  EXPECT_EQ(get(base_ + "/issue-steps?body=" + std::to_string(body_ + 1000), &labor_).status, 404);
  EXPECT_EQ(get(base_ + "/issue-steps?body=x", &labor_).status, 400);
  EXPECT_EQ(get(base_ + "/issue-steps", &other_).status, 404);
  EXPECT_EQ(get(base_ + "/issue-steps").status, 401);
}

// The counts are kept by triggers as issues change (migration 25), not counted when read: after every
// kind of change, from the API or straight in the database (a cascade from a body deleted), the kept
// counts are the issues counted anew, and the district home and the step counts read them.
TEST_P(IssueApi, KeptStepCountsFollowEveryChangeToTheIssues) {
  auto raw = rawSession();
  if (GetParam() == "sqlite") *raw << "PRAGMA foreign_keys = ON";  // as the server's connections have it
  auto rows = [&](const std::string& query) {
    std::vector<std::string> out;
    soci::rowset<std::string> rs = (raw->prepare << query);
    for (const auto& r : rs) out.push_back(r);
    return out;
  };
  auto expectKeptCountsTrue = [&](const std::string& after) {
    EXPECT_EQ(rows("SELECT district_id || ' ' || step || ' ' || confidential || ' ' || body_id || ' ' || n "
                   "FROM issue_step_counts WHERE n <> 0 ORDER BY district_id, step, confidential, body_id"),
              rows("SELECT district_id || ' ' || step || ' ' || confidential || ' ' || body_id || ' ' || COUNT(*) "
                   "FROM issues GROUP BY district_id, step, confidential, body_id "
                   "ORDER BY district_id, step, confidential, body_id"))
        << "after " << after;
  };

  long long first = raiseIssue(labor_);
  long long second = raiseIssue(labor_, {{"confidential", true}});
  long long third = raiseIssue(management_);
  expectKeptCountsTrue("three issues raised");
  ASSERT_EQ(post(issuePath(first) + "/step", {{"step", "interests"}}, &labor_).status, 200);
  ASSERT_EQ(post(issuePath(first) + "/step", {{"step", "options"}}, &labor_).status, 200);
  ASSERT_EQ(post(issuePath(first) + "/step", {{"step", "interests"}}, &labor_).status, 200);  // back a step
  ASSERT_EQ(post(issuePath(second) + "/step", {{"step", "interests"}}, &labor_).status, 200);
  ASSERT_EQ(
      post(issuePath(third) + "/step", {{"step", "withdrawn"}, {"note", "Solved at the site."}}, &management_).status,
      200);
  expectKeptCountsTrue("moves forward, back and out");
  EXPECT_EQ(get(base_ + "/issue-steps", &labor_).json()["steps"],
            nlohmann::json::parse(R"([{"step":"interests","count":2},{"step":"withdrawn","count":1}])"));
  auto outside = get(base_ + "/issue-steps", &outsider_).json()["steps"];
  EXPECT_EQ(outside, nlohmann::json::parse(R"([{"step":"interests","count":1},{"step":"withdrawn","count":1}])"));

  // A second body with an issue written straight into the database, then the body deleted: its
  // issues go by the cascade, and so do their counts.
  auto other = post(base_ + "/bodies",
                    {{"name", "Site Team"}, {"labor_seats", 2}, {"management_seats", 2},
                     {"fallback", "The principal decides."}},
                    &super_);
  ASSERT_EQ(other.status, 201) << other.body;
  long long otherBody = other.json()["id"].get<long long>();
  *raw << "INSERT INTO issues (district_id, body_id, raised_by, title, description, confidential, refs, step, "
          "created_at, updated_at) VALUES (:district, :body, :user, 'Lunch duty', '', 0, '[]', 'focus', 1, 1)",
      soci::use(district_), soci::use(otherBody), soci::use(labor_.userId);
  expectKeptCountsTrue("an issue written into the database");
  EXPECT_EQ(get(base_ + "/issue-steps", &outsider_).json()["steps"][0],
            nlohmann::json::parse(R"({"step":"focus","count":1})"));
  *raw << "DELETE FROM bodies WHERE id = :body", soci::use(otherBody);
  *raw << "DELETE FROM issues WHERE id = :id", soci::use(second);
  expectKeptCountsTrue("a body and an issue deleted");
  EXPECT_EQ(get(base_ + "/issue-steps", &labor_).json()["steps"],
            nlohmann::json::parse(R"([{"step":"interests","count":1},{"step":"withdrawn","count":1}])"));
  auto home = get(base_ + "/dashboard", &labor_).json()["issues_by_step"];
  EXPECT_EQ(home, nlohmann::json::parse(R"([{"step":"interests","count":1}])")) << home.dump();
}

TEST_P(IssueApi, AnIssueOfAnotherDistrictIsNotFound) {
  long long issue = raiseIssue(labor_);
  std::string elsewhere = "/api/v1/districts/" + std::to_string(otherDistrict_) + "/issues/" + std::to_string(issue);
  EXPECT_EQ(get(elsewhere, &other_).status, 404);
  EXPECT_EQ(get(issuePath(issue), &other_).status, 404);
  EXPECT_EQ(post(elsewhere + "/step", {{"step", "interests"}}, &other_).status, 404);
  EXPECT_EQ(post("/api/v1/districts/" + std::to_string(otherDistrict_) + "/issues",
                 {{"body_id", body_}, {"title", "Mine now"}}, &other_)
                .status,
            400);
}

TEST_P(IssueApi, WhoMayDoWhat) {
  long long issue = raiseIssue(labor_);
  struct Who {
    std::string name;
    const Session* session;
    int read, raise, work;
  };
  std::vector<Who> table = {
      {"labor member", &labor_, 200, 201, 200},
      {"management member", &management_, 200, 201, 200},
      {"neutral member", &neutral_, 200, 201, 200},
      {"district member outside the body", &outsider_, 200, 403, 403},
      {"member of another district", &other_, 404, 404, 404},
      {"anonymous", nullptr, 401, 401, 401},
  };
  for (const auto& who : table) {
    SCOPED_TRACE(who.name);
    EXPECT_EQ(get(issuePath(issue), who.session).status, who.read);
    EXPECT_EQ(get(issuePath(issue) + "/matrix", who.session).status, who.read);
    EXPECT_EQ(get(base_ + "/issues", who.session).status, who.read);
    EXPECT_EQ(post(base_ + "/issues", {{"body_id", body_}, {"title", "Bus schedules"}}, who.session).status, who.raise);
    long long fresh = raiseIssue(labor_);
    EXPECT_EQ(post(issuePath(fresh) + "/step", {{"step", "interests"}}, who.session).status, who.work);
    if (who.work == 200)
      EXPECT_EQ(post(issuePath(fresh) + "/interests", {{"text", "x"}, {"side", "shared"}}, who.session).status, 201);
    else
      EXPECT_EQ(post(issuePath(fresh) + "/interests", {{"text", "x"}, {"side", "shared"}}, who.session).status,
                who.work);
  }
}

TEST_P(IssueApi, EveryChangeIsAudited) {
  long long issue = raiseIssue(labor_);
  post(issuePath(issue) + "/step", {{"step", "interests"}}, &labor_);
  post(issuePath(issue) + "/interests", {{"text", "Time"}, {"side", "labor"}}, &labor_);
  auto items = get(base_ + "/audit", &super_).json()["items"];
  ASSERT_GE(items.size(), 3u);
  EXPECT_EQ(items[0]["action"], "issue.interest.add");
  EXPECT_EQ(items[1]["action"], "issue.step");
  EXPECT_EQ(items[1]["details"]["to"], "interests");
  EXPECT_EQ(items[2]["action"], "issue.raise");
}

}  // namespace
}  // namespace accord::testing

namespace accord::testing {
namespace {

// Who set each score, and a score that someone else changed while the caller was choosing: the
// caller says what they saw (`expected_score`) and is told, rather than writing over it unseen.
class ScoreCellApi : public IssueApi {
 protected:
  void SetUp() override {
    IssueApi::SetUp();
    if (IsSkipped() || HasFailure()) return;
    long long issue = raiseIssue(labor_);
    advanceTo(issue, "scoring");
    path_ = issuePath(issue);
    option_ = post(path_ + "/options", {{"text", "Hire aides"}}, &labor_).json()["id"];
    criterion_ = post(path_ + "/criteria", {{"text", "Cost"}, {"weight", 3}}, &labor_).json()["id"];
    learning_ = post(path_ + "/criteria", {{"text", "Learning"}, {"weight", 5}}, &labor_).json()["id"];
  }

  HttpResult score(const Session& as, int score, const nlohmann::json& expectation = nlohmann::json::object()) {
    nlohmann::json body = {{"option_id", option_}, {"criterion_id", criterion_}, {"score", score}};
    body.update(expectation);
    return post(path_ + "/scores", body, &as);
  }

  // The first cell of the matrix (the option against Cost), as the neutral member reads it.
  nlohmann::json cell() { return get(path_ + "/matrix", &neutral_).json()["rows"][0]["cells"][0]; }

  std::string path_;
  long long option_ = 0, criterion_ = 0, learning_ = 0;
};
ACCORD_ON_EVERY_BACKEND(ScoreCellApi);

TEST_P(ScoreCellApi, EachScoredCellShowsWhoSetItAndWhen) {
  UnixSeconds before = nowSeconds();
  ASSERT_EQ(score(management_, 4).status, 200);
  auto matrix = get(path_ + "/matrix", &neutral_);
  ASSERT_EQ(matrix.status, 200) << matrix.body;
  auto row = matrix.json()["rows"][0];
  EXPECT_EQ(row["scores"], nlohmann::json({4, nullptr}));
  ASSERT_EQ(row["cells"].size(), 2u) << row.dump();
  EXPECT_EQ(row["cells"][0]["score"], 4);
  EXPECT_EQ(row["cells"][0]["scored_by"], management_.userId);
  EXPECT_EQ(row["cells"][0]["scored_by_name"], "management");
  EXPECT_GE(row["cells"][0]["scored_at"].get<long long>(), before);
  EXPECT_LE(row["cells"][0]["scored_at"].get<long long>(), nowSeconds());
  EXPECT_TRUE(row["cells"][1].is_null());
  // The issue's own page and the answer to the score carry the same cells.
  EXPECT_EQ(get(path_, &labor_).json()["matrix"]["rows"][0]["cells"], row["cells"]);
  EXPECT_EQ(score(labor_, 2).json()["rows"][0]["cells"][0]["scored_by_name"], "labor");
}

TEST_P(ScoreCellApi, AScoreChangedBySomeoneElseSinceTheCallerLookedIsAConflictAndNothingIsWritten) {
  ASSERT_EQ(score(labor_, 4).status, 200);
  auto before = cell();
  for (const auto& saw : {nlohmann::json(nullptr), nlohmann::json(3)}) {
    SCOPED_TRACE(saw.dump());
    auto r = score(management_, 2, {{"expected_score", saw}});
    ASSERT_EQ(r.status, 409) << r.body;
    EXPECT_EQ(r.json()["error"]["code"], "conflict");
    EXPECT_EQ(r.json()["error"]["field"], "expected_score");
    EXPECT_EQ(r.json()["error"]["current"], before) << r.body;
    EXPECT_EQ(r.json()["error"]["current"]["scored_by_name"], "labor");
  }
  EXPECT_EQ(cell(), before);
  auto audit = get(base_ + "/audit", &super_).json()["items"];
  EXPECT_EQ(audit[0]["action"], "issue.score");
  EXPECT_EQ(audit[0]["actor_id"], labor_.userId);
}

TEST_P(ScoreCellApi, AScoreWrittenOverWhatIsThereNowReplacesIt) {
  ASSERT_EQ(score(labor_, 4).status, 200);
  auto r = score(management_, 2, {{"expected_score", 4}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(cell()["score"], 2);
  EXPECT_EQ(cell()["scored_by"], management_.userId);
  // An unscored cell seen as unscored takes the score too.
  auto first = post(path_ + "/scores",
                    {{"option_id", option_}, {"criterion_id", learning_}, {"score", 5}, {"expected_score", nullptr}},
                    &labor_);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json()["rows"][0]["scores"], nlohmann::json({2, 5}));
}

TEST_P(ScoreCellApi, RescoringOnesOwnCellNeverConflicts) {
  ASSERT_EQ(score(labor_, 4, {{"expected_score", nullptr}}).status, 200);
  // From another window that still showed the cell unscored.
  auto again = score(labor_, 1, {{"expected_score", nullptr}});
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(cell()["score"], 1);
}

TEST_P(ScoreCellApi, ChoosingTheScoreSomeoneElseSetMeanwhileIsNoConflict) {
  ASSERT_EQ(score(labor_, 4).status, 200);
  auto same = score(management_, 4, {{"expected_score", nullptr}});
  ASSERT_EQ(same.status, 200) << same.body;
  EXPECT_EQ(cell()["score"], 4);
}

TEST_P(ScoreCellApi, WithoutAnExpectationTheLastScoreWins) {
  ASSERT_EQ(score(labor_, 4).status, 200);
  auto r = score(management_, 2);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(cell()["score"], 2);
  EXPECT_EQ(cell()["scored_by_name"], "management");
}

// A body that moves issues on only when both sides are ready: each side's word is recorded, the
// issue waits for the other side, and a step back is open to any member and recorded.
TEST_P(IssueApi, UnderTheBothSidesRuleAnIssueMovesOnOnlyWhenLaborAndManagementAreReady) {
  auto rule = patch(base_ + "/bodies/" + std::to_string(body_), {{"advance_rule", "both_sides"}}, &super_);
  ASSERT_EQ(rule.status, 200) << rule.body;
  EXPECT_EQ(rule.json()["advance_rule"], "both_sides");
  long long issue = raiseIssue(labor_);
  std::string path = issuePath(issue);

  auto first = post(path + "/step", {{"step", "interests"}}, &labor_);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json()["step"], "focus");
  // Another labor member saying so again is still only labor.
  EXPECT_EQ(post(path + "/step", {{"step", "interests"}}, &labor2_).json()["step"], "focus");
  auto waiting = get(path, &management_).json();
  EXPECT_EQ(waiting["step"], "focus");
  ASSERT_EQ(waiting["ready"].size(), 1u) << waiting.dump();
  EXPECT_EQ(waiting["ready"][0]["side"], "labor");
  EXPECT_EQ(waiting["ready"][0]["name"], "labor2");
  // Management's home asks it; labor's does not, nor the home of anyone outside the body.
  auto asked = get(base_ + "/dashboard", &management2_).json()["ready_requests"];
  ASSERT_EQ(asked.size(), 1u) << asked.dump();
  EXPECT_EQ(asked[0]["issue_id"], issue);
  EXPECT_EQ(asked[0]["step"], "focus");
  EXPECT_EQ(asked[0]["ready_side"], "labor");
  EXPECT_EQ(asked[0]["ready_name"], "labor2");
  EXPECT_TRUE(get(base_ + "/dashboard", &labor_).json()["ready_requests"].empty());
  EXPECT_TRUE(get(base_ + "/dashboard", &outsider_).json()["ready_requests"].empty());
  // A neutral member does not speak for a side, and nobody outside the body does.
  EXPECT_EQ(post(path + "/step", {{"step", "interests"}}, &neutral_).status, 403);
  EXPECT_EQ(post(path + "/step", {{"step", "interests"}}, &outsider_).status, 403);
  EXPECT_EQ(get(path, &labor_).json()["step"], "focus");

  auto moved = post(path + "/step", {{"step", "interests"}}, &management_);
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json()["step"], "interests");
  EXPECT_TRUE(get(path, &labor_).json()["ready"].empty());
  EXPECT_TRUE(get(base_ + "/dashboard", &management2_).json()["ready_requests"].empty());

  // Management alone cannot take it further; anyone may take it back a step, and it is logged.
  EXPECT_EQ(post(path + "/step", {{"step", "options"}}, &management2_).json()["step"], "interests");
  auto back = post(path + "/step", {{"step", "focus"}}, &labor2_);
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(back.json()["step"], "focus");
  // The word given at a step does not carry over once the issue has moved.
  EXPECT_EQ(post(path + "/step", {{"step", "interests"}}, &management_).json()["step"], "focus");
  EXPECT_EQ(get(path, &labor_).json()["ready"].size(), 1u);
  auto audit = get(base_ + "/audit", &super_).json()["items"];
  int ready = 0, backs = 0;
  for (const auto& e : audit) {
    if (e["subject_id"] != issue) continue;
    if (e["action"] == "issue.ready") ++ready;
    if (e["action"] == "issue.step" && e["details"].value("back", false)) ++backs;
  }
  EXPECT_EQ(ready, 4);
  EXPECT_EQ(backs, 1);
  EXPECT_EQ(patch(base_ + "/bodies/" + std::to_string(body_), {{"advance_rule", "whoever"}}, &super_)
                .json()["error"]["field"],
            "advance_rule");
}

// A new body waits for both sides unless it says otherwise.
TEST_P(IssueApi, ANewBodyWaitsForBothSides) {
  auto r = post(base_ + "/bodies", {{"name", "Calendar committee"}, {"labor_seats", 2}, {"management_seats", 2},
                                    {"fallback", "The calendar stays."}},
                &super_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json()["advance_rule"], "both_sides");
}

}  // namespace
}  // namespace accord::testing
