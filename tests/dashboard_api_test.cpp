// The district home: what needs each person, and only what they may see.
#include "common/calendar_date.hpp"
#include "partnership_fixture.hpp"

namespace accord::testing {
namespace {

using nlohmann::json;

class DashboardApi : public PartnershipApi {
 protected:
  void SetUp() override {
    PartnershipApi::SetUp();
    if (IsSkipped() || HasFailure()) return;
    ASSERT_EQ(post(bodyPath() + "/co-chairs", {{"user_id", labor_.userId}}, &super_).status, 200);
    ASSERT_EQ(post(bodyPath() + "/co-chairs", {{"user_id", management_.userId}}, &super_).status, 200);
  }
  std::string bodyPath() const { return base_ + "/bodies/" + std::to_string(body_); }
  json dashboard(const Session& as) {
    auto r = get(base_ + "/dashboard", &as);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
  static json stepCount(const json& d, const std::string& step) {
    for (const auto& s : d["issues_by_step"])
      if (s["step"] == step) return s["count"];
    return 0;
  }
};
ACCORD_ON_EVERY_BACKEND(DashboardApi);

TEST_P(DashboardApi, ANewMemberSeesANearlyEmptyHome) {
  auto d = dashboard(outsider_);
  EXPECT_EQ(d["today"], isoDateOf(nowSeconds()));
  for (const char* section : {"next_meetings", "issues_by_step", "awaiting_my_stance", "overdue_actions",
                              "charters_to_sign", "communications_to_sign", "unread_communications"})
    EXPECT_EQ(d[section], json::array()) << section;
}

TEST_P(DashboardApi, OpenIssuesAreCountedByStepAndConfidentialOnesOnlyForTheBody) {
  raiseIssue(labor_);
  raiseIssue(labor_, {{"confidential", true}});
  long long moved = raiseIssue(management_);
  ASSERT_EQ(post(issuePath(moved) + "/step", {{"step", "interests"}}, &management_).status, 200);
  long long withdrawn = raiseIssue(management_);
  ASSERT_EQ(post(issuePath(withdrawn) + "/step", {{"step", "withdrawn"}, {"note", "Solved at the site."}},
                 &management_)
                .status,
            200);
  auto member = dashboard(labor2_);
  ASSERT_EQ(member["issues_by_step"].size(), 2u) << member.dump();
  EXPECT_EQ(member["issues_by_step"][0]["step"], "focus");  // in the order of the steps
  EXPECT_EQ(stepCount(member, "focus"), 2);
  EXPECT_EQ(stepCount(member, "interests"), 1);
  EXPECT_EQ(stepCount(dashboard(outsider_), "focus"), 1);
}

TEST_P(DashboardApi, AProposalWaitsForEachVotingMemberUntilTheyTakeAStance) {
  auto r = post(base_ + "/decisions",
                {{"body_id", body_},
                 {"title", "Adopt the new bell schedule"},
                 {"text", "Start at 8:30 from next fall."},
                 {"deadline", nowSeconds() + 7 * 24 * 3600}},
                &labor_);
  ASSERT_EQ(r.status, 201) << r.body;
  long long decision = r.json()["id"];
  auto waiting = dashboard(management2_)["awaiting_my_stance"];
  ASSERT_EQ(waiting.size(), 1u);
  EXPECT_EQ(waiting[0]["id"], decision);
  EXPECT_EQ(waiting[0]["body_name"], "District Labor-Management Committee");
  ASSERT_EQ(post(base_ + "/decisions/" + std::to_string(decision) + "/stances", {{"stance", "agree"}}, &management2_)
                .status,
            200);
  EXPECT_EQ(dashboard(management2_)["awaiting_my_stance"], json::array());
  EXPECT_EQ(dashboard(labor_)["awaiting_my_stance"].size(), 1u);
  // Neither neutral members nor alternates vote, and outsiders do not sit on the body.
  for (const Session* s : {&neutral_, &alternate_, &outsider_})
    EXPECT_EQ(dashboard(*s)["awaiting_my_stance"], json::array());
}

TEST_P(DashboardApi, OverdueActionsAreListedWithTheCallersOwnFirst) {
  auto action = [&](const std::string& title, long long owner, const std::string& due) {
    auto r = post(base_ + "/action-items", {{"title", title}, {"owner_id", owner}, {"due_date", due}}, &labor_);
    EXPECT_EQ(r.status, 201) << r.body;
  };
  action("Collect the survey forms", labor_.userId, "2020-03-01");
  action("Book the library", labor2_.userId, "2020-02-01");
  action("Plan the retreat", labor2_.userId, "2999-01-01");
  auto overdue = dashboard(labor2_)["overdue_actions"];
  ASSERT_EQ(overdue.size(), 2u) << overdue.dump();
  EXPECT_EQ(overdue[0]["title"], "Book the library");
  EXPECT_EQ(overdue[0]["mine"], true);
  EXPECT_EQ(overdue[1]["owner_name"], "labor");
  EXPECT_EQ(overdue[1]["mine"], false);
}

TEST_P(DashboardApi, ChartersAndCommunicationsWaitForTheSignaturesOfTheCoChairs) {
  auto charter = post(bodyPath() + "/charter/versions",
                      {{"mission", "Every student learns."},
                       {"principles", {"Be honest"}},
                       {"norms", {"Start on time"}},
                       {"review_date", "2099-06-30"}},
                      &super_);
  ASSERT_EQ(charter.status, 201) << charter.body;
  auto note = post(base_ + "/communications",
                   {{"body_id", body_}, {"title", "Our calendar"}, {"text", "School starts on August 20."}},
                   &labor2_);
  ASSERT_EQ(note.status, 201) << note.body;
  long long communication = note.json()["id"];
  auto chair = dashboard(labor_);
  ASSERT_EQ(chair["charters_to_sign"].size(), 1u);
  EXPECT_EQ(chair["charters_to_sign"][0]["version_id"], charter.json()["id"]);
  EXPECT_EQ(chair["charters_to_sign"][0]["number"], 1);
  ASSERT_EQ(chair["communications_to_sign"].size(), 1u);
  EXPECT_EQ(chair["communications_to_sign"][0]["title"], "Our calendar");
  EXPECT_EQ(dashboard(labor2_)["communications_to_sign"], json::array());
  EXPECT_EQ(dashboard(labor2_)["charters_to_sign"], json::array());

  std::string signatures = base_ + "/communications/" + std::to_string(communication) + "/signatures";
  ASSERT_EQ(post(signatures, {}, &labor_).status, 200);
  EXPECT_EQ(dashboard(labor_)["communications_to_sign"], json::array());
  EXPECT_EQ(dashboard(management_)["communications_to_sign"].size(), 1u);
  ASSERT_EQ(post(signatures, {}, &management_).status, 200);
  // Published, it waits to be read by everyone in the district, including people outside the body.
  auto unread = dashboard(outsider_)["unread_communications"];
  ASSERT_EQ(unread.size(), 1u);
  EXPECT_EQ(unread[0]["id"], communication);
  ASSERT_EQ(post(base_ + "/communications/" + std::to_string(communication) + "/read", {}, &outsider_).status, 200);
  EXPECT_EQ(dashboard(outsider_)["unread_communications"], json::array());
}

TEST_P(DashboardApi, TheNextMeetingShowsWhetherTheAgendaWaitsForMyApproval) {
  std::string today = isoDateOf(nowSeconds());
  auto series = post(bodyPath() + "/meetings/series",
                     {{"start", today + "T16:00"},
                      {"duration_minutes", 90},
                      {"location", "Room 4"},
                      {"frequency", "weekly"},
                      {"count", 3}},
                     &labor_);
  ASSERT_EQ(series.status, 201) << series.body;
  long long seriesId = series.json()["id"];
  ASSERT_EQ(post(bodyPath() + "/meetings/series/" + std::to_string(seriesId) + "/cancellations", {{"date", today}},
                 &labor_)
                .status,
            204);
  auto next = dashboard(management_)["next_meetings"];
  ASSERT_EQ(next.size(), 1u) << next.dump();
  std::string nextDate = isoDateOf(nowSeconds() + 7 * 24 * 3600);  // today's is cancelled
  EXPECT_EQ(next[0]["date"], nextDate);
  EXPECT_EQ(next[0]["start"], nextDate + "T16:00");
  EXPECT_EQ(next[0]["meeting_id"], nullptr);
  EXPECT_EQ(next[0]["my_approval_needed"], true);
  EXPECT_EQ(dashboard(labor2_)["next_meetings"][0]["my_approval_needed"], false);
  EXPECT_EQ(dashboard(outsider_)["next_meetings"], json::array());

  auto opened = post(bodyPath() + "/meetings", {{"series_id", seriesId}, {"date", nextDate}}, &labor_);
  ASSERT_EQ(opened.status, 201) << opened.body;
  std::string meeting = bodyPath() + "/meetings/" + std::to_string(opened.json()["id"].get<long long>());
  ASSERT_EQ(post(meeting + "/agenda", {{"title", "Class sizes"}}, &labor_).status, 201);
  ASSERT_EQ(post(meeting + "/approvals", {}, &management_).status, 200);
  next = dashboard(management_)["next_meetings"];
  EXPECT_EQ(next[0]["meeting_id"], opened.json()["id"]);
  EXPECT_EQ(next[0]["agenda_items"], 1);
  EXPECT_EQ(next[0]["agenda_approved"], false);
  EXPECT_EQ(next[0]["my_approval_needed"], false);
  EXPECT_EQ(dashboard(labor_)["next_meetings"][0]["my_approval_needed"], true);
}

TEST_P(DashboardApi, IsConfinedToTheCallersDistrict) {
  EXPECT_EQ(get(base_ + "/dashboard", &other_).status, 404);
  EXPECT_EQ(get(base_ + "/dashboard").status, 401);
  EXPECT_EQ(get("/api/v1/districts/999999/dashboard", &labor_).status, 404);
  EXPECT_EQ(get("/api/v1/districts/abc/dashboard", &labor_).status, 404);
}

}  // namespace
}  // namespace accord::testing
