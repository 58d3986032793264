// Linked ids: every id that a write links to (a meeting, an issue, a decision, an action item) must
// name a record of the same district, visible to the caller, and a confidential subject only from
// its own body; anything else is "not found", naming the field, and reaches no live view.
#include "common/clock.hpp"
#include "joint_body_fixture.hpp"

namespace accord::testing {
namespace {

using nlohmann::json;

constexpr const char* kSecretTitle = "Personnel matter: J. Doe";

class LinkedIdsApi : public JointBodyTest {
 protected:
  void SetUp() override {
    JointBodyTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    elsewhere_ = *as("other_district");
    otherBase_ = "/api/v1/districts/" + std::to_string(otherDistrict_);
  }

  // A body of the district under `base`, made by `leader`; returns its path.
  std::string newBody(const std::string& base, const Session& leader, const std::string& name) {
    auto r = post(base + "/bodies",
                  {{"name", name}, {"labor_seats", 2}, {"management_seats", 2}, {"fallback", "Refer to the board."}},
                  &leader);
    EXPECT_EQ(r.status, 201) << r.body;
    return base + "/bodies/" + std::to_string(r.json().value("id", 0LL));
  }

  // A meeting of the body at `bodyPath`, opened by `as`; returns its path.
  std::string newMeeting(const std::string& bodyPath, const Session& as) {
    auto series = post(bodyPath + "/meetings/series",
                       {{"start", "2026-01-05T16:00"}, {"duration_minutes", 60}, {"frequency", "once"}}, &as);
    EXPECT_EQ(series.status, 201) << series.body;
    auto r = post(bodyPath + "/meetings", {{"series_id", series.json().value("id", 0LL)}, {"date", "2026-01-05"}}, &as);
    EXPECT_TRUE(r.status == 201 || r.status == 200) << r.body;
    return bodyPath + "/meetings/" + std::to_string(r.json().value("id", 0LL));
  }

  static long long idOf(const std::string& path) { return std::stoll(path.substr(path.rfind('/') + 1)); }

  long long issue(bool confidential, const Session& as) {
    auto r = post(base_ + "/issues",
                  {{"body_id", body_},
                   {"title", confidential ? kSecretTitle : "Class size in grade 3"},
                   {"description", "Details."},
                   {"confidential", confidential}},
                  &as);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }

  long long decision(const Session& as) {
    auto r = post(base_ + "/decisions",
                  {{"body_id", body_}, {"title", "Bell schedule"}, {"text", "As discussed."},
                   {"deadline", nowSeconds() + 600}},
                  &as);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }

  std::unique_ptr<StreamReader> watch(const std::string& meeting, const Session& as) {
    HttpRequest request{"GET", meeting + "/events", {{"Accept", "text/event-stream"}}, {}};
    request.headers.emplace_back("Cookie", as.cookie);
    auto view = std::make_unique<StreamReader>(port_, request);
    EXPECT_TRUE(view->waitFor("event: open", kGenerousMs)) << view->received();
    return view;
  }

  static void expectNotFound(const HttpResult& r, const std::string& field) {
    EXPECT_EQ(r.status, 404) << r.body;
    EXPECT_EQ(r.json()["error"]["field"], field) << r.body;
  }

  Session elsewhere_;
  std::string otherBase_;
};
ACCORD_ON_EVERY_BACKEND(LinkedIdsApi);

TEST_P(LinkedIdsApi, AnActionItemCannotLinkAnotherDistrictsMeetingNorReachItsLiveView) {
  std::string meeting = newMeeting(bodyPath_, *as("labor_chair"));
  auto view = watch(meeting, *as("labor_chair"));
  auto created = post(otherBase_ + "/action-items",
                      {{"title", "Spam"}, {"due_date", "2099-01-01"}, {"meeting_id", idOf(meeting)}}, &elsewhere_);
  expectNotFound(created, "meeting_id");
  auto mine = post(otherBase_ + "/action-items", {{"title", "Mine"}, {"due_date", "2099-01-01"}}, &elsewhere_);
  ASSERT_EQ(mine.status, 201) << mine.body;
  auto moved = patch(otherBase_ + "/action-items/" + std::to_string(mine.json()["id"].get<long long>()),
                     {{"meeting_id", idOf(meeting)}}, &elsewhere_);
  expectNotFound(moved, "meeting_id");
  // A change of the meeting's own marks the point by which anything earlier has arrived.
  ASSERT_EQ(post(meeting + "/agenda", {{"title", "Budget"}}, as("labor_chair")).status, 201);
  ASSERT_TRUE(view->waitFor("agenda.item.add", kGenerousMs)) << view->received();
  EXPECT_EQ(view->received().find("action."), std::string::npos) << view->received();
}

TEST_P(LinkedIdsApi, AnActionItemCannotLinkAnotherDistrictsIssueOrDecision) {
  long long theirIssue = issue(false, *as("labor_member"));
  long long theirDecision = decision(*as("labor_member"));
  for (auto [field, id] : {std::pair{"issue_id", theirIssue}, std::pair{"decision_id", theirDecision}}) {
    SCOPED_TRACE(field);
    expectNotFound(post(otherBase_ + "/action-items", {{"title", "x"}, {"due_date", "2099-01-01"}, {field, id}},
                        &elsewhere_),
                   field);
  }
}

TEST_P(LinkedIdsApi, AConfidentialIssueIsLinkedToAnActionItemOnlyWithinItsBody) {
  long long secret = issue(true, *as("labor_member"));
  json item = {{"title", "Follow up"}, {"due_date", "2099-01-01"}, {"issue_id", secret}};
  // Someone who cannot see the issue, and an item that the whole district reads.
  expectNotFound(post(base_ + "/action-items", item, as("outside_body")), "issue_id");
  expectNotFound(post(base_ + "/action-items", item, as("labor_member")), "issue_id");
  item["body_id"] = body_;
  EXPECT_EQ(post(base_ + "/action-items", item, as("labor_member")).status, 201);
}

TEST_P(LinkedIdsApi, AnAgendaItemCannotLinkAnotherDistrictsIssueDecisionOrActionItem) {
  std::string theirMeeting = newMeeting(newBody(otherBase_, elsewhere_, "Valley committee"), elsewhere_);
  auto action = post(base_ + "/action-items", {{"title", "x"}, {"due_date", "2099-01-01"}}, as("labor_member"));
  ASSERT_EQ(action.status, 201);
  for (auto [field, id] : {std::pair{"issue_id", issue(false, *as("labor_member"))},
                           std::pair{"decision_id", decision(*as("labor_member"))},
                           std::pair{"action_id", action.json()["id"].get<long long>()}}) {
    SCOPED_TRACE(field);
    expectNotFound(post(theirMeeting + "/agenda", {{"title", "x"}, {field, id}}, &elsewhere_), field);
    auto item = post(theirMeeting + "/agenda", {{"title", "x"}}, &elsewhere_);
    ASSERT_EQ(item.status, 201);
    expectNotFound(patch(theirMeeting + "/agenda/" + std::to_string(item.json()["id"].get<long long>()),
                         {{field, id}}, &elsewhere_),
                   field);
  }
}

TEST_P(LinkedIdsApi, AnAgendaItemOfOneBodyCannotLinkAnotherBodysConfidentialIssue) {
  long long secret = issue(true, *as("labor_chair"));
  std::string site = newBody(base_, super_, "Site team");
  ASSERT_EQ(post(site + "/members", {{"user_id", laborChairId_}}, &super_).status, 201);
  ASSERT_EQ(post(site + "/co-chairs", {{"user_id", laborChairId_}}, &super_).status, 200);
  std::string meeting = newMeeting(site, *as("labor_chair"));
  expectNotFound(post(meeting + "/agenda", {{"title", "x"}, {"issue_id", secret}}, as("labor_chair")), "issue_id");
}

TEST_P(LinkedIdsApi, AnAgendaItemOnAConfidentialIssueShowsItsTitleOnlyToTheBodysMembers) {
  long long secret = issue(true, *as("labor_chair"));
  std::string meeting = newMeeting(bodyPath_, *as("labor_chair"));
  auto added = post(meeting + "/agenda", {{"title", kSecretTitle}, {"issue_id", secret}}, as("labor_chair"));
  ASSERT_EQ(added.status, 201) << added.body;
  auto member = get(meeting, as("labor_member"));
  ASSERT_EQ(member.status, 200);
  EXPECT_EQ(member.json()["agenda"][0]["title"], kSecretTitle);
  auto leader = get(meeting, as("leader"));  // reads every agenda, sits in no body
  ASSERT_EQ(leader.status, 200);
  EXPECT_EQ(leader.json()["agenda"][0]["confidential"], true);
  EXPECT_EQ(leader.json()["agenda"][0]["issue_id"], nullptr);
  EXPECT_EQ(leader.body.find("J. Doe"), std::string::npos) << leader.body;
}

TEST_P(LinkedIdsApi, TheAuditLogCarriesNoTitleOfAConfidentialAgendaItem) {
  long long secret = issue(true, *as("labor_chair"));
  std::string meeting = newMeeting(bodyPath_, *as("labor_chair"));
  auto added = post(meeting + "/agenda", {{"title", kSecretTitle}, {"issue_id", secret}}, as("labor_chair"));
  ASSERT_EQ(added.status, 201) << added.body;
  std::string item = meeting + "/agenda/" + std::to_string(added.json()["id"].get<long long>());
  ASSERT_EQ(patch(item, {{"time_box_minutes", 15}}, as("labor_chair")).status, 200);
  ASSERT_EQ(sendAs({"DELETE", item, {}, {}}, as("labor_chair")).status, 204);
  auto audit = get(base_ + "/audit", as("leader"));
  ASSERT_EQ(audit.status, 200);
  EXPECT_NE(audit.body.find("agenda.item.remove"), std::string::npos);
  EXPECT_EQ(audit.body.find("J. Doe"), std::string::npos) << audit.body;
}

TEST_P(LinkedIdsApi, ACaucusNoteCannotNameAnotherDistrictsMeeting) {
  std::string theirMeeting = newMeeting(newBody(otherBase_, elsewhere_, "Valley committee"), elsewhere_);
  auto r = post(base_ + "/caucus-notes",
                {{"subject_type", "meeting"}, {"subject_id", idOf(theirMeeting)}, {"body_id", body_},
                 {"text", "Our view"}},
                as("labor_member"));
  expectNotFound(r, "subject_id");
}

}  // namespace
}  // namespace accord::testing
