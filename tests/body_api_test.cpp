// Joint bodies: rules, seats, members with their district side, co-chairs, audit.
#include "api_fixture.hpp"

namespace accord::testing {
namespace {

class BodyApi : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    addUser("super@example.org", "Superintendent", true);
    super_ = logIn("super@example.org");
    district_ = createDistrict(super_, "Harbor Unified", "management", "superintendent");
    base_ = "/api/v1/districts/" + std::to_string(district_);
  }
  long long member(const std::string& email, const std::string& side, const std::string& role) {
    long long id = addUser(email, email.substr(0, email.find('@')));
    addMember(district_, id, side, role);
    return id;
  }
  long long createBody(const nlohmann::json& extra = nlohmann::json::object()) {
    nlohmann::json body = {{"name", "District Labor-Management Committee"},
                           {"level", "district"},
                           {"labor_seats", 4},
                           {"management_seats", 4},
                           {"rule", "consensus"},
                           {"quorum_per_side", 2},
                           {"fallback", "The superintendent decides after hearing both sides."}};
    body.update(extra);
    auto r = post(base_ + "/bodies", body, &super_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }
  Session super_;
  long long district_ = 0;
  std::string base_;
};
ACCORD_ON_EVERY_BACKEND(BodyApi);

TEST_P(BodyApi, ALeaderCreatesABodyWithItsRuleAndFallback) {
  long long body = createBody();
  auto r = get(base_ + "/bodies/" + std::to_string(body), &super_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["rule"], "consensus");
  EXPECT_EQ(r.json()["quorum_per_side"], 2);
  EXPECT_EQ(r.json()["fallback"], "The superintendent decides after hearing both sides.");
  EXPECT_EQ(get(base_ + "/bodies", &super_).json()["items"].size(), 1u);
}

TEST_P(BodyApi, InvalidRulesAreRefusedNamingTheField) {
  struct Case {
    nlohmann::json extra;
    std::string field;
  };
  std::vector<Case> cases = {
      {{{"rule", "coin_toss"}}, "rule"},
      {{{"fallback", "  "}}, "fallback"},
      {{{"quorum_per_side", 9}}, "quorum_per_side"},
      {{{"labor_seats", 0}}, "labor_seats"},
      {{{"level", "state"}}, "level"},
      {{{"level", "site"}}, "school"},
      {{{"rule", "supermajority"}, {"supermajority_k", 4}, {"supermajority_n", 8}}, "supermajority_k"},
      {{{"rule", "supermajority"}, {"supermajority_k", 6}, {"supermajority_n", 9}}, "supermajority_n"},
      {{{"rule", "equal_vote"}, {"labor_seats", 3}}, "rule"},
  };
  for (const auto& c : cases) {
    nlohmann::json body = {{"name", "Committee"}, {"labor_seats", 4}, {"management_seats", 4}, {"fallback", "x"}};
    body.update(c.extra);
    auto r = post(base_ + "/bodies", body, &super_);
    EXPECT_EQ(r.status, 400) << c.extra.dump();
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.extra.dump() << r.body;
  }
  EXPECT_TRUE(get(base_ + "/bodies", &super_).json()["items"].empty());
}

TEST_P(BodyApi, MembersTakeTheirSideFromTheDistrict) {
  long long body = createBody();
  long long teacher = member("teacher@example.org", "labor", "teacher");
  auto r = post(base_ + "/bodies/" + std::to_string(body) + "/members", {{"user_id", teacher}, {"seat", "alternate"}},
                &super_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json()["side"], "labor");
  EXPECT_EQ(r.json()["seat"], "alternate");
  auto again = post(base_ + "/bodies/" + std::to_string(body) + "/members", {{"user_id", teacher}}, &super_);
  EXPECT_EQ(again.status, 409);
  long long outsider = addUser("outsider@example.org", "Outsider");
  auto notInDistrict = post(base_ + "/bodies/" + std::to_string(body) + "/members", {{"user_id", outsider}}, &super_);
  EXPECT_EQ(notInDistrict.status, 400);
  EXPECT_EQ(notInDistrict.json()["error"]["field"], "user_id");
}

TEST_P(BodyApi, CoChairsComeFromTheirSideAndReplacingOneOpensACharterReview) {
  long long body = createBody();
  std::string path = base_ + "/bodies/" + std::to_string(body);
  long long first = member("first@example.org", "labor", "union_president");
  long long second = member("second@example.org", "labor", "union_officer");
  long long facilitator = member("facilitator@example.org", "neutral", "facilitator");
  for (long long id : {first, second, facilitator})
    ASSERT_EQ(post(path + "/members", {{"user_id", id}}, &super_).status, 201);

  auto set = post(path + "/co-chairs", {{"user_id", first}}, &super_);
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(set.json()["labor_co_chair_id"], first);
  EXPECT_EQ(set.json()["charter_review_due"], false);
  EXPECT_EQ(post(path + "/co-chairs", {{"user_id", facilitator}}, &super_).status, 400);

  auto replaced = post(path + "/co-chairs", {{"user_id", second}}, &super_);
  EXPECT_EQ(replaced.json()["labor_co_chair_id"], second);
  EXPECT_EQ(replaced.json()["charter_review_due"], true);
  auto removeChair = sendAs({"DELETE", path + "/members/" + std::to_string(second), {}, {}}, &super_);
  EXPECT_EQ(removeChair.status, 409);
  auto removeOther = sendAs({"DELETE", path + "/members/" + std::to_string(first), {}, {}}, &super_);
  EXPECT_EQ(removeOther.status, 204);
}

TEST_P(BodyApi, OnlyLeadersAndCoChairsChangeABody) {
  long long body = createBody();
  member("teacher@example.org", "labor", "teacher");
  auto teacher = logIn("teacher@example.org");
  std::string path = base_ + "/bodies/" + std::to_string(body);
  EXPECT_EQ(get(path, &teacher).status, 200);
  EXPECT_EQ(patch(path, {{"fallback", "We flip a coin."}}, &teacher).status, 403);
  EXPECT_EQ(post(base_ + "/bodies", {{"name", "Mine"}}, &teacher).status, 403);
  auto changed = patch(path, {{"fallback", "Refer to the full board."}}, &super_);
  EXPECT_EQ(changed.status, 200);
  EXPECT_EQ(changed.json()["fallback"], "Refer to the full board.");
}

TEST_P(BodyApi, ABodyOfAnotherDistrictIsNotFound) {
  long long body = createBody();
  addUser("other@example.org", "Other Admin", true);
  auto other = logIn("other@example.org");
  long long otherDistrict = createDistrict(other, "Valley Unified");
  EXPECT_EQ(get("/api/v1/districts/" + std::to_string(otherDistrict) + "/bodies/" + std::to_string(body), &other)
                .status,
            404);
  EXPECT_EQ(get(base_ + "/bodies/" + std::to_string(body), &other).status, 404);
}

TEST_P(BodyApi, EveryChangeIsInTheAuditLogForLeadersOnly) {
  long long body = createBody();
  long long teacher = member("teacher@example.org", "labor", "teacher");
  post(base_ + "/bodies/" + std::to_string(body) + "/members", {{"user_id", teacher}}, &super_);
  auto log = get(base_ + "/audit", &super_);
  ASSERT_EQ(log.status, 200) << log.body;
  auto items = log.json()["items"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]["action"], "body.member.add");
  EXPECT_EQ(items[0]["actor_name"], "Superintendent");
  // The person it acted on is named, so that the log reads as a sentence.
  EXPECT_EQ(items[0]["details"]["user_id"], teacher);
  EXPECT_EQ(items[0]["details"]["person_name"], "teacher");
  EXPECT_EQ(items[1]["action"], "body.create");
  auto teacherSession = logIn("teacher@example.org");
  EXPECT_EQ(get(base_ + "/audit", &teacherSession).status, 403);
}

// A page that acts on several people names each of them, however often each appears, read together.
TEST_P(BodyApi, TheAuditPageNamesEveryPersonItActsOn) {
  long long body = createBody();
  std::string members = base_ + "/bodies/" + std::to_string(body) + "/members";
  long long teacher = member("teacher@example.org", "labor", "teacher");
  long long principal = member("principal@example.org", "management", "principal");
  post(members, {{"user_id", teacher}}, &super_);
  post(members, {{"user_id", principal}}, &super_);
  sendAs({"DELETE", members + "/" + std::to_string(teacher), {}, {}}, &super_);
  auto log = get(base_ + "/audit", &super_);
  ASSERT_EQ(log.status, 200) << log.body;
  auto page = log.json();
  std::vector<std::pair<std::string, std::string>> named;
  for (const auto& item : page["items"])
    if (item["details"].contains("user_id"))
      named.emplace_back(item["action"].get<std::string>(), item["details"]["person_name"].get<std::string>());
  std::vector<std::pair<std::string, std::string>> expected = {{"body.member.remove", "teacher"},
                                                               {"body.member.add", "principal"},
                                                               {"body.member.add", "teacher"}};
  EXPECT_EQ(named, expected) << log.body;
}

// Who moves an issue on is the body's rule: a leader or co-chair changes it on an existing body, a
// value other than the two rules is refused naming the field, and each change has its own entry.
TEST_P(BodyApi, ChangingWhoMovesAnIssueOnIsValidatedAndLoggedInItsOwnEntry) {
  long long body = createBody({{"advance_rule", "both_sides"}});
  std::string path = base_ + "/bodies/" + std::to_string(body);
  auto bad = patch(path, {{"advance_rule", "anyone"}}, &super_);
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_EQ(bad.json()["error"]["field"], "advance_rule");
  auto wrongType = patch(path, {{"advance_rule", 1}}, &super_);
  EXPECT_EQ(wrongType.status, 400) << wrongType.body;
  EXPECT_EQ(wrongType.json()["error"]["field"], "advance_rule");
  EXPECT_EQ(get(path, &super_).json()["advance_rule"], "both_sides");

  auto changed = patch(path, {{"advance_rule", "any_member"}}, &super_);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["advance_rule"], "any_member");
  EXPECT_EQ(get(path, &super_).json()["advance_rule"], "any_member");
  // A change that leaves the rule as it was says nothing of it.
  ASSERT_EQ(patch(path, {{"fallback", "Refer to the full board."}}, &super_).status, 200);

  auto items = get(base_ + "/audit", &super_).json()["items"];
  ASSERT_EQ(items.size(), 4u) << items.dump();  // create, update, rule, update
  EXPECT_EQ(items[0]["action"], "body.update");
  EXPECT_EQ(items[1]["action"], "body.advance_rule");
  EXPECT_EQ(items[1]["actor_name"], "Superintendent");
  EXPECT_EQ(items[1]["subject_title"], "District Labor-Management Committee");
  EXPECT_EQ(items[1]["details"]["advance_rule"], "any_member");
  EXPECT_EQ(items[1]["details"]["from"], "both_sides");
  EXPECT_EQ(items[2]["action"], "body.update");
}

}  // namespace
}  // namespace accord::testing
