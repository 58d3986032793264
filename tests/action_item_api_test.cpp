// Action items: owner, due date, status, links; filters; who may create, edit and change status.
#include "common/clock.hpp"
#include "joint_body_fixture.hpp"

namespace accord::testing {
namespace {

class ActionItemApi : public JointBodyTest {
 protected:
  std::string items() { return base_ + "/action-items"; }
  std::string item(long long id) { return items() + "/" + std::to_string(id); }
  long long create(const nlohmann::json& extra = nlohmann::json::object(), const std::string& who = "leader") {
    nlohmann::json body = {{"title", "Draft the retreat agenda"}, {"due_date", "2099-03-01"}};
    if (extra.is_object()) body.update(extra);
    auto r = post(items(), body, as(who));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }
  // Records of the body for an item to link to.
  long long meeting() {
    auto series = post(bodyPath_ + "/meetings/series",
                       {{"start", "2026-01-05T16:00"}, {"duration_minutes", 60}, {"frequency", "once"}},
                       as("labor_chair"));
    EXPECT_EQ(series.status, 201) << series.body;
    auto r = post(bodyPath_ + "/meetings", {{"series_id", series.json().value("id", 0LL)}, {"date", "2026-01-05"}},
                  as("labor_chair"));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }
  long long issue() {
    auto r = post(base_ + "/issues", {{"body_id", body_}, {"title", "Class sizes"}, {"description", "x"}},
                  as("labor_member"));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }
  long long decision() {
    auto r = post(base_ + "/decisions",
                  {{"body_id", body_}, {"title", "Bell schedule"}, {"text", "x"}, {"deadline", nowSeconds() + 600}},
                  as("labor_member"));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }
  std::vector<long long> ids(const std::string& query, const std::string& who = "leader") {
    auto r = get(items() + query, as(who));
    EXPECT_EQ(r.status, 200) << query << r.body;
    std::vector<long long> out;
    auto page = r.json();
    for (const auto& i : page["items"]) out.push_back(i["id"].get<long long>());
    return out;
  }
};
ACCORD_ON_EVERY_BACKEND(ActionItemApi);

TEST_P(ActionItemApi, AMemberCreatesAnItemWithAnOwnerADueDateAndLinks) {
  long long meetingId = meeting(), issueId = issue(), decisionId = decision();
  auto r = post(items(),
                {{"title", "Survey the site reps"},
                 {"owner_id", laborMemberId_},
                 {"due_date", "2099-03-01"},
                 {"body_id", body_},
                 {"meeting_id", meetingId},
                 {"issue_id", issueId},
                 {"decision_id", decisionId}},
                as("management_member"));
  ASSERT_EQ(r.status, 201) << r.body;
  auto a = r.json();
  EXPECT_EQ(a["status"], "open");
  EXPECT_EQ(a["owner_name"], "Tess Teacher");
  EXPECT_EQ(a["body_id"], body_);
  EXPECT_EQ(a["meeting_id"], meetingId);
  EXPECT_EQ(a["issue_id"], issueId);
  EXPECT_EQ(a["decision_id"], decisionId);
  EXPECT_EQ(a["overdue"], false);
  EXPECT_EQ(get(item(a["id"]), as("outside_body")).json()["title"], "Survey the site reps");
}

TEST_P(ActionItemApi, TheOwnerDefaultsToTheCreatorAndLinksCanBeCleared) {
  long long id = create({{"meeting_id", meeting()}}, "labor_member");
  auto a = get(item(id), &super_).json();
  EXPECT_EQ(a["owner_id"], laborMemberId_);
  auto cleared = patch(item(id), {{"meeting_id", nullptr}, {"title", "Draft the agenda"}}, as("labor_member"));
  ASSERT_EQ(cleared.status, 200) << cleared.body;
  EXPECT_EQ(cleared.json()["meeting_id"], nullptr);
  EXPECT_EQ(cleared.json()["title"], "Draft the agenda");
  EXPECT_EQ(cleared.json()["due_date"], "2099-03-01");
}

TEST_P(ActionItemApi, AnItemPastItsDueDateIsOverdueUntilDoneOrDropped) {
  long long late = create({{"due_date", "2001-01-01"}, {"owner_id", laborMemberId_}});
  long long onTime = create({{"due_date", "2099-01-01"}});
  EXPECT_EQ(get(item(late), &super_).json()["overdue"], true);
  EXPECT_EQ(get(item(onTime), &super_).json()["overdue"], false);
  EXPECT_EQ(ids("?overdue=true"), std::vector<long long>{late});
  auto done = patch(item(late), {{"status", "done"}}, as("labor_member"));
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json()["overdue"], false);
  EXPECT_TRUE(ids("?overdue=true").empty());
}

TEST_P(ActionItemApi, ListsFilterByBodyOwnerStatusAndOverdue) {
  long long mine = create({{"body_id", body_}, {"owner_id", managementMemberId_}});
  long long theirs = create({{"owner_id", laborMemberId_}, {"due_date", "2001-01-01"}});
  long long dropped = create({{"body_id", body_}, {"status", "dropped"}, {"due_date", "2001-01-01"}});
  EXPECT_EQ(ids(""), (std::vector<long long>{mine, theirs, dropped}));
  EXPECT_EQ(ids("?body=" + std::to_string(body_)), (std::vector<long long>{mine, dropped}));
  EXPECT_EQ(ids("?owner=me", "management_member"), std::vector<long long>{mine});
  EXPECT_EQ(ids("?owner=" + std::to_string(laborMemberId_)), std::vector<long long>{theirs});
  EXPECT_EQ(ids("?status=dropped"), std::vector<long long>{dropped});
  EXPECT_EQ(ids("?overdue=true"), std::vector<long long>{theirs});
  EXPECT_EQ(ids("?overdue=true&body=" + std::to_string(body_)), std::vector<long long>{});
  EXPECT_EQ(ids("?overdue=false"), (std::vector<long long>{mine, theirs, dropped}));
}

TEST_P(ActionItemApi, ListsArePaginated) {
  std::vector<long long> all;
  for (int i = 0; i < 5; ++i) all.push_back(create());
  auto first = get(items() + "?limit=2", &super_).json();
  ASSERT_EQ(first["items"].size(), 2u);
  std::string cursor = first["next_cursor"];
  auto second = get(items() + "?limit=2&cursor=" + cursor, &super_).json();
  EXPECT_EQ(second["items"][0]["id"], all[2]);
  auto last = get(items() + "?limit=2&cursor=" + second["next_cursor"].get<std::string>(), &super_).json();
  EXPECT_EQ(last["items"].size(), 1u);
  EXPECT_EQ(last["next_cursor"], nullptr);
}

TEST_P(ActionItemApi, BadFiltersAreRefusedNamingTheParameter) {
  for (auto [query, field] : {std::pair{"?status=closed", "status"}, std::pair{"?overdue=yes", "overdue"},
                              std::pair{"?owner=someone", "owner"}, std::pair{"?body=x", "body"}}) {
    auto r = get(items() + query, &super_);
    EXPECT_EQ(r.status, 400) << query;
    EXPECT_EQ(r.json()["error"]["field"], field) << query;
  }
}

TEST_P(ActionItemApi, InvalidItemsAreRefusedNamingTheField) {
  long long elsewhere = addUser("stranger@example.org", "Stranger");
  auto r = post(base_ + "/bodies",
                {{"name", "Other"}, {"labor_seats", 1}, {"management_seats", 1}, {"fallback", "x"}}, &super_);
  ASSERT_EQ(r.status, 201);
  struct Case {
    nlohmann::json body;
    std::string field;
  };
  std::vector<Case> cases = {
      {{{"due_date", "2099-03-01"}}, "title"},
      {{{"title", " "}, {"due_date", "2099-03-01"}}, "title"},
      {{{"title", "x"}}, "due_date"},
      {{{"title", "x"}, {"due_date", "2099-02-30"}}, "due_date"},
      {{{"title", "x"}, {"due_date", "tomorrow"}}, "due_date"},
      {{{"title", "x"}, {"due_date", "2099-03-01"}, {"status", "closed"}}, "status"},
      {{{"title", "x"}, {"due_date", "2099-03-01"}, {"owner_id", elsewhere}}, "owner_id"},
      {{{"title", "x"}, {"due_date", "2099-03-01"}, {"owner_id", "me"}}, "owner_id"},
      {{{"title", "x"}, {"due_date", "2099-03-01"}, {"body_id", 999999}}, "body_id"},
      {{{"title", "x"}, {"due_date", "2099-03-01"}, {"body_id", 0}}, "body_id"},
      {{{"title", "x"}, {"due_date", "2099-03-01"}, {"meeting_id", -3}}, "meeting_id"},
      {{{"title", "x"}, {"due_date", "2099-03-01"}, {"issue_id", "i-1"}}, "issue_id"},
  };
  for (const auto& c : cases) {
    auto refused = post(items(), c.body, &super_);
    EXPECT_EQ(refused.status, 400) << c.body.dump() << refused.body;
    EXPECT_EQ(refused.json()["error"]["field"], c.field) << c.body.dump() << refused.body;
  }
  EXPECT_TRUE(ids("").empty());
}

TEST_P(ActionItemApi, ABodyOfAnotherDistrictIsRefusedAndItsItemsAreNotFound) {
  auto elsewhere = as("other_district");
  std::string otherBase = "/api/v1/districts/" + std::to_string(otherDistrict_);
  auto otherBody = post(otherBase + "/bodies",
                        {{"name", "Valley LMC"}, {"labor_seats", 1}, {"management_seats", 1}, {"fallback", "x"}},
                        elsewhere);
  ASSERT_EQ(otherBody.status, 201);
  long long foreignBody = otherBody.json()["id"];
  auto r = post(items(), {{"title", "x"}, {"due_date", "2099-03-01"}, {"body_id", foreignBody}}, &super_);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["error"]["field"], "body_id");
  EXPECT_EQ(get(items() + "?body=" + std::to_string(foreignBody), &super_).status, 404);

  long long id = create();
  EXPECT_EQ(get(otherBase + "/action-items/" + std::to_string(id), elsewhere).status, 404);
  EXPECT_EQ(patch(otherBase + "/action-items/" + std::to_string(id), {{"status", "done"}}, elsewhere).status, 404);
  EXPECT_TRUE(get(otherBase + "/action-items", elsewhere).json()["items"].empty());
}

TEST_P(ActionItemApi, MovingAnItemToABodyNeedsASeatInThatBody) {
  long long id = create({}, "outside_body");
  auto moved = patch(item(id), {{"body_id", body_}}, as("outside_body"));
  EXPECT_EQ(moved.status, 403);
  auto byMember = patch(item(id), {{"body_id", body_}}, as("labor_member"));
  EXPECT_EQ(byMember.status, 200) << byMember.body;
  EXPECT_EQ(patch(item(id), {{"title", "Mine again"}}, as("outside_body")).status, 403);
  EXPECT_EQ(patch(item(id), {{"status", "in_progress"}}, as("outside_body")).status, 200);
}

TEST_P(ActionItemApi, EveryChangeIsAudited) {
  long long id = create({{"body_id", body_}, {"owner_id", laborMemberId_}});
  patch(item(id), {{"due_date", "2099-04-01"}}, as("labor_chair"));
  patch(item(id), {{"status", "in_progress"}}, as("labor_member"));
  auto entries = get(base_ + "/audit", &super_).json()["items"];
  std::vector<std::string> actions;
  for (const auto& e : entries)
    if (e["subject_type"] == "action_item") actions.push_back(e["action"]);
  EXPECT_EQ(actions, (std::vector<std::string>{"action_item.status", "action_item.update", "action_item.create"}));
  EXPECT_EQ(entries[0]["details"]["from"], "open");
  EXPECT_EQ(entries[0]["details"]["to"], "in_progress");
}

TEST_P(ActionItemApi, WhoMayDoWhatWithActionItems) {
  std::map<std::string, int> read, inBody, anyone, status;
  for (const auto& who : everyCaller()) read[who] = anyone[who] = 200;
  read["other_district"] = anyone["other_district"] = 404;
  read["anonymous"] = anyone["anonymous"] = 401;
  inBody = read;
  inBody["outside_body"] = 403;
  status = inBody;  // the owner (labor_member), the co-chairs and the leaders
  status["management_member"] = status["neutral_member"] = 403;
  struct Case {
    std::string route;
    std::map<std::string, int> expected;
  };
  std::vector<Case> cases = {{"GET items", read},          {"GET item", read},
                             {"POST item in body", inBody}, {"POST item", anyone},
                             {"PATCH title", inBody},      {"PATCH status", status}};
  for (const auto& c : cases) {
    for (const auto& who : everyCaller()) {
      long long id = create({{"body_id", body_}, {"owner_id", laborMemberId_}});
      nlohmann::json fresh = {{"title", "x"}, {"due_date", "2099-03-01"}};
      nlohmann::json inBodyItem = {{"title", "x"}, {"due_date", "2099-03-01"}, {"body_id", body_}};
      HttpResult r;
      if (c.route == "GET items") r = get(items(), as(who));
      if (c.route == "GET item") r = get(item(id), as(who));
      if (c.route == "POST item in body") r = post(items(), inBodyItem, as(who));
      if (c.route == "POST item") r = post(items(), fresh, as(who));
      if (c.route == "PATCH title") r = patch(item(id), {{"title", "Renamed"}}, as(who));
      if (c.route == "PATCH status") r = patch(item(id), {{"status", "done"}}, as(who));
      int want = c.expected.at(who);
      if (want == 200 && c.route.rfind("POST", 0) == 0) want = 201;
      EXPECT_EQ(r.status, want) << c.route << " as " << who << ": " << r.body;
    }
  }
}

}  // namespace
}  // namespace accord::testing
