// The collaboration-network survey: who talks with whom about what, reported per school and topic
// as density and the principal–site rep tie, never as who named whom.
#include <functional>

#include "survey_fixture.hpp"

namespace accord::testing {
namespace {

using nlohmann::json;

class NetworkSurveyApi : public SurveyApi {
 protected:
  void SetUp() override {
    SurveyApi::SetUp();
    if (IsSkipped() || HasFailure()) return;
    siteRep_ = member("siterep@example.org", "labor", "site_rep");
    window_ = openWindow(2025, {{"surveys", {"network"}}, {"min_group_size", 3}});
  }

  std::string responses(long long w) const { return window(w) + "/network-responses"; }
  std::string results(long long w) const { return window(w) + "/network-results"; }

  static json contact(const Session& colleague, const std::string& topic, const std::string& frequency) {
    return {{"colleague_id", colleague.userId}, {"topic", topic}, {"frequency", frequency}};
  }

  // (A vector, not a braced json: a braced list of one object would be taken as that object.)
  void answer(const Session& who, const std::string& school, const std::vector<json>& contacts) {
    auto r = post(responses(window_), {{"school", school}, {"contacts", json(contacts)}}, &who);
    ASSERT_EQ(r.status, 201) << r.body;
    EXPECT_EQ(r.json(), json({{"recorded", true}}));
  }

  static json topicOf(const json& school, const std::string& topic) {
    for (const auto& t : school["topics"])
      if (t["topic"] == topic) return t;
    ADD_FAILURE() << "no topic " << topic << " in " << school.dump();
    return {};
  }

  // Lincoln: the principal (management_), the site rep, labor2_ and the alternate answer; Roosevelt: one person.
  void answerTheKnownGraph() {
    answer(management_, "Lincoln Elementary", {contact(siteRep_, "curriculum", "weekly")});
    answer(labor2_, "Lincoln Elementary",
           {contact(alternate_, "curriculum", "daily"), contact(labor_, "curriculum", "monthly"),
            contact(alternate_, "mentoring", "weekly")});
    answer(alternate_, "Lincoln Elementary", {contact(labor2_, "curriculum", "weekly")});
    answer(siteRep_, "Lincoln Elementary", {});
    answer(outsider_, "Roosevelt Middle", {contact(labor2_, "curriculum", "daily")});
  }

  Session siteRep_;
  long long window_ = 0;
};
ACCORD_ON_EVERY_BACKEND(NetworkSurveyApi);

TEST_P(NetworkSurveyApi, DensityIsTiesOverPossibleTiesAmongTheSchoolsRespondents) {
  answerTheKnownGraph();
  closeWindow(window_);
  auto r = get(results(window_), &super_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto doc = r.json();
  EXPECT_EQ(doc["topics"], json({"student_data", "curriculum", "teaching_practice", "mentoring"}));
  ASSERT_EQ(doc["schools"].size(), 2u);
  const json& lincoln = doc["schools"][0];
  EXPECT_EQ(lincoln["school"], "Lincoln Elementary");
  EXPECT_EQ(lincoln["respondents"], 4);
  // Curriculum: principal–site rep, and labor2–alternate named both ways, once; labor_ did not answer for Lincoln.
  json curriculum = topicOf(lincoln, "curriculum");
  EXPECT_EQ(curriculum["ties"], 2);
  EXPECT_EQ(curriculum["possible_ties"], 6);
  EXPECT_DOUBLE_EQ(curriculum["density"].get<double>(), 0.333);
  EXPECT_DOUBLE_EQ(curriculum["weekly_density"].get<double>(), 0.333);
  EXPECT_EQ(curriculum["ties_by_frequency"], json({{"daily", 1}, {"weekly", 1}, {"monthly", 0}, {"rarely", 0}}));
  json mentoring = topicOf(lincoln, "mentoring");
  EXPECT_EQ(mentoring["ties"], 1);
  EXPECT_DOUBLE_EQ(mentoring["density"].get<double>(), 0.167);
  EXPECT_DOUBLE_EQ(topicOf(lincoln, "student_data")["density"].get<double>(), 0.0);
  // One respondent at Roosevelt: below the minimum of three.
  const json& roosevelt = doc["schools"][1];
  EXPECT_TRUE(roosevelt["suppressed"].get<bool>());
  EXPECT_EQ(roosevelt["respondents"], nullptr);
  EXPECT_TRUE(roosevelt["topics"].empty());
  EXPECT_FALSE(doc["definitions"]["density"].get<std::string>().empty());
}

TEST_P(NetworkSurveyApi, ReportsWhetherThePrincipalAndTheSiteRepTalkAndHowOften) {
  answerTheKnownGraph();
  closeWindow(window_);
  auto lincoln = get(results(window_), &super_).json()["schools"][0];
  json curriculum = topicOf(lincoln, "curriculum")["principal_site_rep"];
  EXPECT_TRUE(curriculum["principal_identified"].get<bool>());
  EXPECT_TRUE(curriculum["site_rep_identified"].get<bool>());
  EXPECT_TRUE(curriculum["tie"].get<bool>());
  EXPECT_EQ(curriculum["frequency"], "weekly");
  json data = topicOf(lincoln, "student_data")["principal_site_rep"];
  EXPECT_FALSE(data["tie"].get<bool>());
  EXPECT_EQ(data["frequency"], nullptr);
}

TEST_P(NetworkSurveyApi, ASiteRepWhoDidNotAnswerIsKnownThroughTheSiteTeam) {
  // Roosevelt's site team seats the site rep, who does not answer; its principal names them.
  auto team = post(base_ + "/bodies",
                   {{"name", "Roosevelt site team"},
                    {"level", "site"},
                    {"school", "Roosevelt Middle"},
                    {"labor_seats", 2},
                    {"management_seats", 2},
                    {"rule", "consensus"},
                    {"quorum_per_side", 1},
                    {"fallback", "The principal decides."}},
                   &super_);
  ASSERT_EQ(team.status, 201) << team.body;
  long long teamId = team.json()["id"];
  ASSERT_EQ(post(base_ + "/bodies/" + std::to_string(teamId) + "/members",
                 {{"user_id", siteRep_.userId}, {"seat", "member"}}, &super_)
                .status,
            201);
  Session principal = member("principal@example.org", "management", "principal");
  answer(principal, "Roosevelt Middle", {contact(siteRep_, "mentoring", "monthly")});
  answer(outsider_, "Roosevelt Middle", {});
  answer(labor2_, "Roosevelt Middle", {});
  closeWindow(window_);
  auto roosevelt = get(results(window_), &super_).json()["schools"][1];
  ASSERT_FALSE(roosevelt["suppressed"].get<bool>()) << roosevelt.dump();
  json mentoring = topicOf(roosevelt, "mentoring");
  EXPECT_EQ(mentoring["ties"], 0);  // the site rep is not one of the school's respondents
  EXPECT_TRUE(mentoring["principal_site_rep"]["site_rep_identified"].get<bool>());
  EXPECT_TRUE(mentoring["principal_site_rep"]["tie"].get<bool>());
  EXPECT_EQ(mentoring["principal_site_rep"]["frequency"], "monthly");
  EXPECT_FALSE(topicOf(roosevelt, "curriculum")["principal_site_rep"]["tie"].get<bool>());
}

TEST_P(NetworkSurveyApi, NoRouteTellsWhoNamedWhom) {
  answerTheKnownGraph();
  closeWindow(window_);
  std::function<void(const json&, const std::string&)> onlyAggregates = [&](const json& j, const std::string& route) {
    if (j.is_object()) {
      for (const auto& [key, value] : j.items()) {
        for (const char* pairKey : {"colleague_id", "user_id", "from", "to", "named", "contacts", "nominations"})
          EXPECT_NE(key, pairKey) << route;
        onlyAggregates(value, route);
      }
    } else if (j.is_array()) {
      for (const auto& v : j) onlyAggregates(v, route);
    }
  };
  for (const auto& route : {results(window_), window(window_), windows(), base_ + "/climate-trend"}) {
    for (const Session* reader : {&super_, &labor2_, &siteRep_}) {
      auto r = get(route, reader);
      ASSERT_EQ(r.status, 200) << route << r.body;
      onlyAggregates(r.json(), route);
    }
  }
  // The answers cannot be read back, and the audit log keeps no entry for a response (who, and when).
  EXPECT_EQ(get(responses(window_), &labor2_).status, 405);
  auto audit = get(base_ + "/audit?limit=200", &super_);
  ASSERT_EQ(audit.status, 200);
  json entries = audit.json()["items"];  // a copy: the parsed body is a temporary
  for (const auto& entry : entries) {
    EXPECT_EQ(entry["action"].get<std::string>().find("respond"), std::string::npos) << entry.dump();
  }
}

TEST_P(NetworkSurveyApi, WhileTheWindowIsOpenNobodyReadsTheNetworkNotEvenTheStewards) {
  answerTheKnownGraph();
  for (const Session* steward : {&super_, &labor_, &management2_}) {
    auto r = get(results(window_), steward);
    EXPECT_EQ(r.status, 409) << r.body;
    EXPECT_EQ(r.json()["error"]["field"], "window");
    EXPECT_FALSE(get(window(window_), steward).json()["results_available"].get<bool>());
  }
  // Only how many have answered.
  EXPECT_EQ(get(window(window_), &labor2_).json()["responses"], json({{"climate", nullptr}, {"network", 5}}));
  closeWindow(window_);
  EXPECT_EQ(get(results(window_), &labor2_).status, 200);
}

TEST_P(NetworkSurveyApi, AnAnswerAddsNothingToTheAuditLog) {
  auto count = [&] { return get(base_ + "/audit?limit=200", &super_).json()["items"].size(); };
  auto before = count();
  answer(labor2_, "Lincoln Elementary", {contact(labor_, "curriculum", "daily")});
  answer(alternate_, "Lincoln Elementary", {});
  EXPECT_EQ(count(), before);
}

TEST_P(NetworkSurveyApi, BadAnswersAreRefusedNamingTheFieldAndASecondAnswerIsAConflict) {
  struct Case {
    json body;
    std::string field;
  };
  std::vector<Case> cases = {
      {{{"contacts", json::array()}}, "school"},
      {{{"school", "Atlantis High"}}, "school"},
      {{{"school", "Lincoln Elementary"}, {"contacts", "everyone"}}, "contacts"},
      {{{"school", "Lincoln Elementary"}, {"contacts", json::array({contact(other_, "curriculum", "daily")})}},
       "contacts[0].colleague_id"},
      {{{"school", "Lincoln Elementary"}, {"contacts", json::array({contact(labor2_, "curriculum", "daily")})}},
       "contacts[0].colleague_id"},  // oneself
      {{{"school", "Lincoln Elementary"},
        {"contacts", json::array({json{{"topic", "curriculum"}, {"frequency", "daily"}}})}},
       "contacts[0].colleague_id"},
      {{{"school", "Lincoln Elementary"}, {"contacts", json::array({contact(labor_, "gossip", "daily")})}},
       "contacts[0].topic"},
      {{{"school", "Lincoln Elementary"}, {"contacts", json::array({contact(labor_, "curriculum", "hourly")})}},
       "contacts[0].frequency"},
      {{{"school", "Lincoln Elementary"},
        {"contacts", json::array({contact(labor_, "curriculum", "daily"), contact(labor_, "curriculum", "weekly")})}},
       "contacts[1]"},
  };
  for (const auto& c : cases) {
    auto r = post(responses(window_), c.body, &labor2_);
    EXPECT_EQ(r.status, 400) << c.body.dump() << r.body;
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.body.dump() << r.body;
  }
  answer(labor2_, "Lincoln Elementary", {contact(labor_, "curriculum", "daily")});
  EXPECT_EQ(post(responses(window_), {{"school", "Lincoln Elementary"}}, &labor2_).status, 409);
  EXPECT_EQ(get(window(window_), &labor2_).json()["answered"]["network"], true);
  // This window runs no climate survey.
  EXPECT_EQ(post(window(window_) + "/climate-responses", {{"answers", {{"culture_trust", 3}}}}, &labor2_).status, 404);
  EXPECT_EQ(get(window(window_) + "/climate-results", &super_).status, 404);
}

TEST_P(NetworkSurveyApi, OneWindowCanRunBothSurveys) {
  long long both = openWindow(2026, {{"surveys", {"climate", "network"}}});
  auto w = get(window(both), &labor2_).json();
  EXPECT_EQ(w["surveys"], json({"climate", "network"}));
  EXPECT_EQ(w["answered"], json({{"climate", false}, {"network", false}}));
  EXPECT_EQ(post(window(both) + "/climate-responses", {{"answers", {{"culture_trust", 3}}}}, &labor2_).status, 201);
  EXPECT_EQ(post(responses(both), {{"school", "Lincoln Elementary"}}, &labor2_).status, 201);
  EXPECT_EQ(get(window(both), &labor2_).json()["answered"], json({{"climate", true}, {"network", true}}));
}

TEST_P(NetworkSurveyApi, AnotherDistrictsNetworkIsNotFound) {
  std::string theirs = "/api/v1/districts/" + std::to_string(otherDistrict_);
  EXPECT_EQ(get(results(window_), &other_).status, 404);
  EXPECT_EQ(post(responses(window_), {{"school", "Lincoln Elementary"}}, &other_).status, 404);
  EXPECT_EQ(get(theirs + "/survey-windows/" + std::to_string(window_) + "/network-results", &other_).status, 404);
  EXPECT_EQ(post(theirs + "/survey-windows/" + std::to_string(window_) + "/network-responses",
                 {{"school", "Lincoln Elementary"}}, &labor2_)
                .status,
            404);
}

TEST_P(NetworkSurveyApi, WhoMayDoWhat) {
  struct Who {
    std::string name;
    const Session* session;
    int answer, resultsWhileOpen, resultsAfterClose;
  };
  std::vector<Who> table = {
      // While the window is open nobody reads its results, the stewards no more than anyone.
      {"labor co-chair (union president)", &labor_, 201, 409, 200},
      {"management co-chair", &management2_, 201, 409, 200},
      {"labor member", &labor2_, 201, 409, 200},
      {"management member", &management_, 201, 409, 200},
      {"neutral member", &neutral_, 201, 409, 200},
      {"district member outside the body", &outsider_, 201, 409, 200},
      {"member of another district", &other_, 404, 404, 404},
      {"anonymous", nullptr, 401, 401, 401},
  };
  for (const auto& who : table) {
    SCOPED_TRACE(who.name);
    EXPECT_EQ(post(responses(window_),
                   {{"school", "Lincoln Elementary"}, {"contacts", json::array({contact(super_, "data", "daily")})}},
                   who.session)
                  .status,
              who.answer == 201 ? 400 : who.answer);  // "data" is not a topic
    EXPECT_EQ(
        post(responses(window_),
             {{"school", "Lincoln Elementary"}, {"contacts", json::array({contact(super_, "student_data", "daily")})}},
             who.session)
            .status,
        who.answer);
    EXPECT_EQ(get(results(window_), who.session).status, who.resultsWhileOpen);
  }
  closeWindow(window_);
  for (const auto& who : table) {
    SCOPED_TRACE(who.name);
    EXPECT_EQ(get(results(window_), who.session).status, who.resultsAfterClose);
  }
}

}  // namespace
}  // namespace accord::testing
