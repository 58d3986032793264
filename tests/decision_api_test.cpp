// Decisions with two-party consent: proposals from an issue or on their own, stances under the
// body's rule, closing when everyone has spoken or at the deadline, and who may vote.
#include <chrono>
#include <thread>

#include "common/clock.hpp"
#include "partnership_fixture.hpp"

namespace accord::testing {
namespace {

class DecisionApi : public PartnershipApi {
 protected:
  long long propose(const Session& as, const nlohmann::json& extra = nlohmann::json::object()) {
    nlohmann::json body = {{"body_id", body_},
                           {"title", "Adopt the new bell schedule"},
                           {"text", "Start at 8:30 from next fall."},
                           {"deadline", nowSeconds() + 7 * 24 * 3600},
                           {"articles", {"Article 7.1"}},
                           {"metrics", {"chronic_absence"}},
                           {"effective_at", nowSeconds() + 30 * 24 * 3600},
                           {"review_at", nowSeconds() + 365 * 24 * 3600},
                           {"participation", "joint"}};
    body.update(extra);
    auto r = post(base_ + "/decisions", body, &as);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }
  std::string decisionPath(long long decision) const { return base_ + "/decisions/" + std::to_string(decision); }
  HttpResult stance(long long decision, const Session& as, const nlohmann::json& body) {
    return post(decisionPath(decision) + "/stances", body, &as);
  }
  // An issue walked to the solution step with its solution chosen.
  long long issueAtSolution() {
    long long issue = raiseIssue(labor_);
    std::string path = issuePath(issue);
    long long option = 0;
    for (const char* step : {"interests", "options", "criteria", "scoring", "solution"}) {
      EXPECT_EQ(post(path + "/step", {{"step", step}}, &labor_).status, 200);
      if (std::string(step) == "options") option = post(path + "/options", {{"text", "Aides"}}, &labor_).json()["id"];
    }
    EXPECT_EQ(post(path + "/solution", {{"option_id", option}, {"text", "Two aides per class."}}, &labor_).status, 200);
    return issue;
  }
};
ACCORD_ON_EVERY_BACKEND(DecisionApi);

TEST_P(DecisionApi, AProposalFromAnIssueIsAdoptedByConsensusAndTheIssueReachesAgreement) {
  long long issue = issueAtSolution();
  auto r = post(base_ + "/decisions", {{"issue_id", issue}, {"deadline", nowSeconds() + 3600}}, &management_);
  ASSERT_EQ(r.status, 201) << r.body;
  long long decision = r.json()["id"];
  auto second = post(base_ + "/decisions", {{"issue_id", issue}, {"deadline", nowSeconds() + 3600}}, &labor_);
  EXPECT_EQ(second.status, 409);
  EXPECT_EQ(second.json()["error"]["field"], "issue_id");
  EXPECT_EQ(r.json()["title"], "Class size in grade 3");
  EXPECT_EQ(r.json()["text"], "Two aides per class.");
  EXPECT_EQ(r.json()["links"]["issue_id"], issue);
  EXPECT_EQ(r.json()["status"], "open");

  for (const Session* voter : {&labor_, &labor2_, &management_}) {
    auto v = stance(decision, *voter, {{"stance", "agree"}});
    ASSERT_EQ(v.status, 200) << v.body;
    EXPECT_EQ(v.json()["status"], "open");
  }
  auto last = stance(decision, management2_, {{"stance", "stand_aside"}, {"reason", "Not my school"}});
  ASSERT_EQ(last.status, 200) << last.body;
  EXPECT_EQ(last.json()["status"], "adopted");
  EXPECT_TRUE(last.json()["closed_at"].is_number());
  EXPECT_TRUE(last.json()["fallback"].is_null());
  EXPECT_EQ(last.json()["stances"].size(), 4u);

  auto after = get(issuePath(issue), &labor_).json();
  EXPECT_EQ(after["step"], "agreement");
  EXPECT_EQ(after["decision_id"], decision);

  propose(labor_);  // on its own, not from the issue
  auto fromIssue = get(base_ + "/decisions?issue=" + std::to_string(issue), &labor_).json()["items"];
  ASSERT_EQ(fromIssue.size(), 1u);
  EXPECT_EQ(fromIssue[0]["id"], decision);
  EXPECT_EQ(get(base_ + "/decisions", &labor_).json()["items"].size(), 2u);
}

TEST_P(DecisionApi, StancesAreListedBySideThenByName) {
  // Names whose order is neither the order of the stances nor of the people's ids.
  ASSERT_EQ(patch("/api/v1/me", {{"name", "Zoe Zamora"}}, &labor_).status, 200);
  ASSERT_EQ(patch("/api/v1/me", {{"name", "Ana Reyes"}}, &labor2_).status, 200);
  ASSERT_EQ(patch("/api/v1/me", {{"name", "Yusuf Adeyemi"}}, &management_).status, 200);
  ASSERT_EQ(patch("/api/v1/me", {{"name", "Bea Novak"}}, &management2_).status, 200);
  long long decision = propose(labor_);
  for (const Session* voter : {&management_, &labor_, &management2_, &labor2_})
    ASSERT_EQ(stance(decision, *voter, {{"stance", "agree"}}).status, 200);

  auto stances = get(decisionPath(decision), &labor_).json()["stances"];
  std::vector<std::pair<std::string, std::string>> listed;
  for (const auto& s : stances) listed.emplace_back(s["side"], s["name"]);
  std::vector<std::pair<std::string, std::string>> expected = {
      {"labor", "Ana Reyes"}, {"labor", "Zoe Zamora"}, {"management", "Bea Novak"}, {"management", "Yusuf Adeyemi"}};
  EXPECT_EQ(listed, expected);
}

TEST_P(DecisionApi, TheTallyShowsWhatEachSideStillNeeds) {
  long long decision = propose(labor_);
  auto v = stance(decision, labor_, {{"stance", "agree"}}).json();
  EXPECT_TRUE(v["tally"]["labor"]["needed"] ==
              nlohmann::json({"1 more stance to reach the quorum of 2"}))
      << v["tally"].dump();
  EXPECT_EQ(v["tally"]["management"]["needed"],
            nlohmann::json({"2 more stances to reach the quorum of 2", "an agree"}));
  EXPECT_EQ(v["tally"]["management"]["needs"], nlohmann::json::parse(R"([{"code":"quorum","count":2,"of":2,"out_of":0},
      {"code":"agree","count":0,"of":0,"out_of":0}])"));
  EXPECT_EQ(v["tally"]["consent_reached"], false);
  EXPECT_EQ(v["tally"]["labor"]["voters"], 2);  // the alternate does not vote
}

TEST_P(DecisionApi, ABlockLeavesNoConsentAndShowsTheFallback) {
  long long decision = propose(labor_);
  stance(decision, labor_, {{"stance", "agree"}});
  stance(decision, labor2_, {{"stance", "agree"}});
  stance(decision, management_, {{"stance", "agree"}});
  auto blocked = stance(decision, management2_, {{"stance", "block"}, {"reason", "Bus contracts"}});
  ASSERT_EQ(blocked.status, 200) << blocked.body;
  EXPECT_EQ(blocked.json()["status"], "no_consent");
  EXPECT_EQ(blocked.json()["fallback"], "The superintendent decides after hearing both sides.");
  auto late = stance(decision, management2_, {{"stance", "agree"}});
  EXPECT_EQ(late.status, 409);
  EXPECT_EQ(get(decisionPath(decision), &labor_).json()["status"], "no_consent");
}

TEST_P(DecisionApi, AStanceMayChangeUntilTheProposalCloses) {
  long long decision = propose(labor_);
  stance(decision, management_, {{"stance", "block"}});
  auto changed = stance(decision, management_, {{"stance", "agree"}, {"reason", "Heard the concerns"}});
  ASSERT_EQ(changed.status, 200);
  EXPECT_EQ(changed.json()["stances"].size(), 1u);
  EXPECT_EQ(changed.json()["stances"][0]["stance"], "agree");
  EXPECT_EQ(changed.json()["tally"]["management"]["block"], 0);
}

TEST_P(DecisionApi, FistToFiveAdoptsOnlyWhenEveryVoteIsThreeOrMore) {
  setRule({{"rule", "fist_to_five"}});
  long long low = propose(labor_);
  for (auto [who, vote] : {std::pair{&labor_, 5}, std::pair{&labor2_, 3}, std::pair{&management_, 4}})
    ASSERT_EQ(stance(low, *who, {{"vote", vote}}).status, 200);
  auto r = stance(low, management2_, {{"vote", 2}});
  EXPECT_EQ(r.json()["status"], "no_consent");
  EXPECT_EQ(r.json()["stances"][0]["vote"].is_number(), true);

  long long high = propose(labor_);
  for (const Session* who : {&labor_, &labor2_, &management_}) stance(high, *who, {{"vote", 3}});
  EXPECT_EQ(stance(high, management2_, {{"vote", 4}}).json()["status"], "adopted");
}

TEST_P(DecisionApi, PerSideMajorityNeedsAMajorityOnBothSides) {
  setRule({{"rule", "per_side_majority"}, {"quorum_per_side", 2}});
  long long decision = propose(labor_);
  stance(decision, labor_, {{"stance", "agree"}});
  stance(decision, labor2_, {{"stance", "agree"}});
  stance(decision, management_, {{"stance", "agree"}});
  auto r = stance(decision, management2_, {{"stance", "block"}});
  EXPECT_EQ(r.json()["status"], "no_consent");
  EXPECT_EQ(r.json()["tally"]["management"]["consents"], false);
}

TEST_P(DecisionApi, AProposalClosesAtItsDeadlineWhenNextRead) {
  long long decision = propose(labor_, {{"deadline", nowSeconds() + 2}});
  stance(decision, labor_, {{"stance", "agree"}});
  std::this_thread::sleep_for(std::chrono::milliseconds(3100));
  auto listed = get(base_ + "/decisions", &management_);
  ASSERT_EQ(listed.status, 200);
  EXPECT_EQ(listed.json()["items"][0]["status"], "no_consent");
  auto read = get(decisionPath(decision), &management_);
  EXPECT_EQ(read.json()["status"], "no_consent");
  EXPECT_EQ(read.json()["fallback"], "The superintendent decides after hearing both sides.");
  EXPECT_EQ(stance(decision, management_, {{"stance", "agree"}}).status, 409);
}

TEST_P(DecisionApi, InvalidInputIsRefusedNamingTheField) {
  long long decision = propose(labor_);
  long long early = raiseIssue(labor_);
  struct Case {
    nlohmann::json body;
    std::string field;
  };
  std::vector<Case> proposals = {
      {{{"title", "x"}, {"text", "y"}, {"deadline", nowSeconds() + 60}}, "body_id"},
      {{{"body_id", body_}, {"title", "x"}, {"text", "y"}}, "deadline"},
      {{{"body_id", body_}, {"title", "x"}, {"text", "y"}, {"deadline", nowSeconds() - 60}}, "deadline"},
      {{{"body_id", body_}, {"title", "x"}, {"deadline", nowSeconds() + 60}}, "text"},
      {{{"body_id", body_}, {"title", " "}, {"text", "y"}, {"deadline", nowSeconds() + 60}}, "title"},
      {{{"body_id", body_}, {"title", "x"}, {"text", "y"}, {"deadline", nowSeconds() + 60},
        {"participation", "vetoed"}},
       "participation"},
      {{{"body_id", body_}, {"title", "x"}, {"text", "y"}, {"deadline", nowSeconds() + 60}, {"articles", {1}}},
       "articles"},
      {{{"body_id", body_},
        {"title", "x"},
        {"text", "y"},
        {"deadline", nowSeconds() + 60},
        {"effective_at", 2000000000},
        {"review_at", 1900000000}},
       "review_at"},
      {{{"body_id", 999999}, {"title", "x"}, {"text", "y"}, {"deadline", nowSeconds() + 60}}, "body_id"},
  };
  for (const auto& c : proposals) {
    auto r = post(base_ + "/decisions", c.body, &labor_);
    EXPECT_EQ(r.status, 400) << c.body.dump() << r.body;
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.body.dump() << r.body;
  }
  auto unknown = post(base_ + "/decisions", {{"issue_id", 999999}, {"deadline", nowSeconds() + 60}}, &labor_);
  EXPECT_EQ(unknown.status, 404) << unknown.body;
  EXPECT_EQ(unknown.json()["error"]["field"], "issue_id");
  auto notReady = post(base_ + "/decisions", {{"issue_id", early}, {"deadline", nowSeconds() + 60}}, &labor_);
  EXPECT_EQ(notReady.status, 409);
  EXPECT_EQ(notReady.json()["error"]["field"], "issue_id");

  std::vector<Case> stances = {
      {{{"stance", "maybe"}}, "stance"},
      {nlohmann::json::object(), "stance"},
      {{{"stance", "agree"}, {"vote", 4}}, "vote"},
  };
  for (const auto& c : stances) {
    auto r = stance(decision, labor_, c.body);
    EXPECT_EQ(r.status, 400) << c.body.dump();
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.body.dump();
  }
  setRule({{"rule", "fist_to_five"}});
  for (const auto& c : std::vector<Case>{{{{"stance", "agree"}}, "vote"}, {{{"vote", 6}}, "vote"},
                                         {{{"vote", -1}}, "vote"}}) {
    auto r = stance(decision, labor_, c.body);
    EXPECT_EQ(r.status, 400) << c.body.dump();
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.body.dump();
  }
  EXPECT_EQ(get(base_ + "/decisions?status=maybe", &labor_).json()["error"]["field"], "status");
}

TEST_P(DecisionApi, ADecisionFromAConfidentialIssueExistsOnlyForTheBodysMembers) {
  long long issue = raiseIssue(labor_, {{"confidential", true}});
  std::string path = issuePath(issue);
  long long option = 0;
  for (const char* step : {"interests", "options", "criteria", "scoring", "solution"}) {
    post(path + "/step", {{"step", step}}, &labor_);
    if (std::string(step) == "options") option = post(path + "/options", {{"text", "Quiet fix"}}, &labor_).json()["id"];
  }
  post(path + "/solution", {{"option_id", option}, {"text", "Handled privately."}}, &labor_);
  auto r = post(base_ + "/decisions", {{"issue_id", issue}, {"deadline", nowSeconds() + 3600}}, &labor_);
  ASSERT_EQ(r.status, 201) << r.body;
  long long decision = r.json()["id"];
  EXPECT_EQ(r.json()["confidential"], true);
  EXPECT_EQ(get(decisionPath(decision), &neutral_).status, 200);
  EXPECT_EQ(get(decisionPath(decision), &outsider_).status, 404);
  EXPECT_TRUE(get(base_ + "/decisions", &outsider_).json()["items"].empty());
  EXPECT_EQ(get(base_ + "/decisions", &labor_).json()["items"].size(), 1u);
}

TEST_P(DecisionApi, ADecisionOfAnotherDistrictIsNotFound) {
  long long decision = propose(labor_);
  std::string elsewhere =
      "/api/v1/districts/" + std::to_string(otherDistrict_) + "/decisions/" + std::to_string(decision);
  EXPECT_EQ(get(elsewhere, &other_).status, 404);
  EXPECT_EQ(post(elsewhere + "/stances", {{"stance", "block"}}, &other_).status, 404);
  EXPECT_EQ(get(decisionPath(decision), &other_).status, 404);
}

TEST_P(DecisionApi, WhoMayDoWhat) {
  long long decision = propose(labor_);
  struct Who {
    std::string name;
    const Session* session;
    int read, propose, vote;
  };
  std::vector<Who> table = {
      {"labor member", &labor_, 200, 201, 200},
      {"management member", &management_, 200, 201, 200},
      {"labor alternate", &alternate_, 200, 201, 403},
      {"neutral member", &neutral_, 200, 201, 403},
      {"district member outside the body", &outsider_, 200, 403, 403},
      {"member of another district", &other_, 404, 404, 404},
      {"anonymous", nullptr, 401, 401, 401},
  };
  for (const auto& who : table) {
    SCOPED_TRACE(who.name);
    EXPECT_EQ(get(decisionPath(decision), who.session).status, who.read);
    EXPECT_EQ(get(base_ + "/decisions", who.session).status, who.read);
    EXPECT_EQ(post(base_ + "/decisions",
                   {{"body_id", body_}, {"title", "x"}, {"text", "y"}, {"deadline", nowSeconds() + 600}},
                   who.session)
                  .status,
              who.propose);
    EXPECT_EQ(post(decisionPath(decision) + "/stances", {{"stance", "abstain"}}, who.session).status, who.vote);
  }
}

TEST_P(DecisionApi, ProposalsStancesAndClosesAreAudited) {
  long long decision = propose(labor_);
  stance(decision, labor_, {{"stance", "agree"}, {"reason", "Good for kids"}});
  auto items = get(base_ + "/audit", &super_).json()["items"];
  ASSERT_GE(items.size(), 2u);
  EXPECT_EQ(items[0]["action"], "decision.stance");
  EXPECT_EQ(items[0]["details"]["stance"], "agree");
  EXPECT_EQ(items[1]["action"], "decision.propose");
}

// A proposal that closes by its rule is the rule's doing: the entry names no actor, neither the
// member whose stance came last nor the one whose reading found the deadline passed.
TEST_P(DecisionApi, AProposalClosedByItsRuleIsLoggedWithNoActor) {
  long long decision = propose(labor_);
  for (const Session* voter : {&labor_, &labor2_, &management_, &management2_})
    ASSERT_EQ(stance(decision, *voter, {{"stance", "agree"}}).status, 200);
  auto items = get(base_ + "/audit", &super_).json()["items"];
  ASSERT_GE(items.size(), 2u);
  EXPECT_EQ(items[0]["action"], "decision.adopted");
  EXPECT_TRUE(items[0]["actor_id"].is_null()) << items[0].dump();
  EXPECT_EQ(items[0]["actor_name"], "");
  EXPECT_EQ(items[0]["subject_title"], "Adopt the new bell schedule");
  EXPECT_EQ(items[0]["details"]["deadline_passed"], false);
  EXPECT_EQ(items[1]["action"], "decision.stance");
  EXPECT_EQ(items[1]["actor_id"], management2_.userId);
}

TEST_P(DecisionApi, AProposalClosedAtItsDeadlineIsNotCreditedToItsReader) {
  long long decision = propose(labor_, {{"deadline", nowSeconds() + 2}});
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  ASSERT_EQ(get(decisionPath(decision), &management_).json()["status"], "no_consent");
  auto items = get(base_ + "/audit", &super_).json()["items"];
  ASSERT_GE(items.size(), 1u);
  EXPECT_EQ(items[0]["action"], "decision.no_consent");
  EXPECT_TRUE(items[0]["actor_id"].is_null()) << items[0].dump();
  EXPECT_EQ(items[0]["details"]["deadline_passed"], true);
}

}  // namespace
}  // namespace accord::testing
