// The self-check of collaborative structures: ratings per body and year with who changed each, the maturity
// level computed from them, and the history over the years.
#include "common/calendar_date.hpp"
#include "joint_body_fixture.hpp"

namespace accord::testing {
namespace {

using nlohmann::json;

class SelfCheckApi : public JointBodyTest {
 protected:
  static int thisYear() { return std::stoi(isoDateOf(nowSeconds()).substr(0, 4)); }
  std::string checks() const { return bodyPath_ + "/self-checks"; }
  std::string year(int y) const { return checks() + "/" + std::to_string(y); }
  HttpResult rate(int y, const json& ratings, const std::string& who = "labor_member") {
    return patch(year(y), {{"ratings", ratings}}, as(who));
  }
  json check(int y, const std::string& who = "labor_member") {
    auto r = get(year(y), as(who));
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
  static json structure(const json& check, const std::string& code) {
    for (const auto& s : check["structures"])
      if (s["code"] == code) return s;
    return nullptr;
  }
  static std::vector<std::string> codes(const json& criteria) {
    std::vector<std::string> out;
    for (const auto& c : criteria) out.push_back(c["code"]);
    return out;
  }
  // Every structure at `rating`, except those given otherwise in `but`.
  static json all(const std::string& rating, const json& but = json::object()) {
    json out = json::object();
    for (const char* code : {"joint_committee", "site_teams", "signed_charter", "interest_based_problem_solving",
                             "joint_decision_rule", "joint_communications", "shared_data_review",
                             "joint_professional_development", "site_issues_to_district", "leadership_transition"})
      out[code] = {{"rating", rating}};
    for (const auto& [code, r] : but.items()) out[code] = {{"rating", r}};
    return out;
  }
};
ACCORD_ON_EVERY_BACKEND(SelfCheckApi);

TEST_P(SelfCheckApi, AYearNobodyRatedIsEmptyAtLevelOne) {
  auto c = check(2024);
  EXPECT_EQ(c["started"], false);
  EXPECT_EQ(c["id"], nullptr);
  EXPECT_EQ(c["year"], 2024);
  ASSERT_EQ(c["structures"].size(), 10u);
  EXPECT_EQ(c["structures"][0]["code"], "joint_committee");
  EXPECT_EQ(c["structures"][0]["name_es"], "Un comité conjunto laboral-administrativo que se reúne con regularidad");
  for (const auto& s : c["structures"]) {
    EXPECT_EQ(s["rating"], nullptr);
    EXPECT_EQ(s["changed_by"], nullptr);
  }
  EXPECT_EQ(c["counts"]["not_existing"], 10);
  EXPECT_EQ(c["maturity"]["level"], 1);
  EXPECT_EQ(c["maturity"]["code"], "beginning");
  EXPECT_EQ(c["maturity"]["next"]["level"], 2);
  EXPECT_EQ(codes(c["maturity"]["next"]["missing"]), std::vector<std::string>{"three_structures_discussed"});
  EXPECT_EQ(get(checks(), as("labor_member")).json()["items"], json::array());
}

TEST_P(SelfCheckApi, RatingsAreKeptWithWhoLastChangedEach) {
  auto r = rate(2025, {{"joint_committee", {{"rating", "implemented"}, {"note", "  Every Tuesday, two hours. "}}},
                       {"site_teams", {{"rating", "being_discussed"}}}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["started"], true);
  r = rate(2025, {{"site_teams", {{"rating", "being_developed"}}}}, "management_member");
  ASSERT_EQ(r.status, 200) << r.body;

  auto c = check(2025, "outside_body");
  auto committee = structure(c, "joint_committee");
  EXPECT_EQ(committee["rating"], "implemented");
  EXPECT_EQ(committee["note"], "Every Tuesday, two hours.");
  EXPECT_EQ(committee["changed_by"], laborMemberId_);
  EXPECT_EQ(committee["changed_by_name"], "Tess Teacher");
  auto sites = structure(c, "site_teams");
  EXPECT_EQ(sites["rating"], "being_developed");
  EXPECT_EQ(sites["changed_by"], managementMemberId_);
  EXPECT_EQ(sites["changed_by_name"], "Cal Cabinet");
  EXPECT_EQ(structure(c, "signed_charter")["rating"], nullptr);
  EXPECT_EQ(c["rated"], 2);
  EXPECT_EQ(c["counts"], json({{"not_existing", 8}, {"being_discussed", 0}, {"being_developed", 1},
                               {"implemented", 1}}));
}

TEST_P(SelfCheckApi, ANoteStaysUnlessChangedAndNullClearsIt) {
  ASSERT_EQ(rate(2025, {{"shared_data_review", {{"rating", "being_discussed"}, {"note", "Data team in March"}}}})
                .status,
            200);
  ASSERT_EQ(rate(2025, {{"shared_data_review", {{"rating", "being_developed"}}}}).status, 200);
  EXPECT_EQ(structure(check(2025), "shared_data_review")["note"], "Data team in March");
  ASSERT_EQ(rate(2025, {{"shared_data_review", {{"note", "Monthly now"}}}}).status, 200);
  auto s = structure(check(2025), "shared_data_review");
  EXPECT_EQ(s["rating"], "being_developed");
  EXPECT_EQ(s["note"], "Monthly now");
  ASSERT_EQ(rate(2025, {{"shared_data_review", {{"note", nullptr}}}}).status, 200);
  EXPECT_EQ(structure(check(2025), "shared_data_review")["note"], "");
}

TEST_P(SelfCheckApi, BadRatingsAreRefusedNamingTheStructureAndNothingIsSaved) {
  ASSERT_EQ(rate(2025, {{"site_teams", {{"rating", "being_discussed"}}}}).status, 200);
  struct Case {
    json body;
    std::string field;
  };
  std::vector<Case> cases = {
      {{{"ratings", {{"bowling_league", {{"rating", "implemented"}}}}}}, "ratings.bowling_league"},
      {{{"ratings", {{"site_teams", {{"rating", "done"}}}}}}, "ratings.site_teams.rating"},
      {{{"ratings", {{"site_teams", {{"rating", 3}}}}}}, "ratings.site_teams.rating"},
      {{{"ratings", {{"joint_committee", {{"note", "no rating yet"}}}}}}, "ratings.joint_committee.rating"},
      {{{"ratings", {{"site_teams", {{"note", std::string(2001, 'x')}}}}}}, "ratings.site_teams.note"},
      {{{"ratings", {{"site_teams", {{"note", 7}}}}}}, "ratings.site_teams.note"},
      {{{"ratings", {{"site_teams", {{"rating", "implemented"}, {"score", 5}}}}}}, "ratings.site_teams.score"},
      {{{"ratings", {{"site_teams", "implemented"}}}}, "ratings.site_teams"},
      {{{"ratings", json::object()}}, "ratings"},
      {{{"ratings", json::array()}}, "ratings"},
      {json::object(), "ratings"},
      // A good rating beside a bad one: neither is saved.
      {{{"ratings", {{"site_teams", {{"rating", "implemented"}}}, {"signed_charter", {{"rating", "signed"}}}}}},
       "ratings.signed_charter.rating"},
  };
  for (const auto& c : cases) {
    auto r = patch(year(2025), c.body, as("labor_member"));
    EXPECT_EQ(r.status, 400) << c.body.dump() << r.body;
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.body.dump() << r.body;
  }
  auto saved = check(2025);
  EXPECT_EQ(structure(saved, "site_teams")["rating"], "being_discussed");
  EXPECT_EQ(saved["rated"], 1);
}

TEST_P(SelfCheckApi, TheYearIsNeitherInTheFutureNorBefore1990) {
  json ratings = {{"site_teams", {{"rating", "being_discussed"}}}};
  for (const std::string& bad : {std::to_string(thisYear() + 1), std::string("1989"), std::string("twenty"),
                                 std::string("-2020"), std::string("2020.5")}) {
    SCOPED_TRACE(bad);
    auto r = patch(checks() + "/" + bad, {{"ratings", ratings}}, as("labor_member"));
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_EQ(r.json()["error"]["field"], "year");
    auto g = get(checks() + "/" + bad, as("labor_member"));
    EXPECT_EQ(g.status, 400);
    EXPECT_EQ(g.json()["error"]["field"], "year");
  }
  EXPECT_EQ(rate(1990, ratings).status, 200);
  EXPECT_EQ(rate(thisYear(), ratings).status, 200);
  EXPECT_EQ(get(checks(), as("labor_member")).json()["items"].size(), 2u);
}

TEST_P(SelfCheckApi, TheMaturityLevelFollowsTheRatings) {
  auto r = rate(2025, all("not_existing", {{"joint_committee", "being_discussed"},
                                           {"site_teams", "being_discussed"},
                                           {"joint_communications", "being_discussed"}}));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["maturity"]["level"], 2);
  EXPECT_EQ(r.json()["maturity"]["name_es"], "En exploración");

  r = rate(2025, all("being_developed"));
  auto m = r.json()["maturity"];
  EXPECT_EQ(m["level"], 2);
  EXPECT_EQ(m["next"]["level"], 3);
  EXPECT_EQ(codes(m["next"]["missing"]), std::vector<std::string>{"joint_committee_implemented"});
  EXPECT_FALSE(m["next"]["missing"][0]["text_en"].get<std::string>().empty());

  r = rate(2025, all("implemented", {{"signed_charter", "being_developed"},
                                     {"leadership_transition", "being_discussed"}}),
           "management_chair");
  m = r.json()["maturity"];
  EXPECT_EQ(m["level"], 3);
  EXPECT_EQ(codes(m["next"]["missing"]), std::vector<std::string>{"signed_charter_implemented"});

  r = rate(2025, {{"signed_charter", {{"rating", "implemented"}}}});
  m = r.json()["maturity"];
  EXPECT_EQ(m["level"], 4);
  EXPECT_EQ(m["code"], "established");
  EXPECT_EQ(codes(m["next"]["missing"]), std::vector<std::string>{"all_structures_implemented"});

  r = rate(2025, {{"leadership_transition", {{"rating", "implemented"}}}}, "labor_chair");
  m = r.json()["maturity"];
  EXPECT_EQ(m["level"], 5);
  EXPECT_EQ(m["code"], "sustaining");
  EXPECT_EQ(m["next"], nullptr);
  EXPECT_EQ(m["met"].size(), 7u);
  EXPECT_EQ(check(2025, "neutral_member")["maturity"]["level"], 5);
}

TEST_P(SelfCheckApi, TheHistoryListsEveryYearWithItsLevelOldestFirst) {
  ASSERT_EQ(rate(2023, all("being_developed", {{"joint_committee", "implemented"}})).status, 200);
  ASSERT_EQ(rate(2021, all("being_discussed")).status, 200);
  ASSERT_EQ(rate(2024, all("implemented")).status, 200);
  ASSERT_EQ(rate(2022, {{"site_teams", {{"rating", "being_discussed"}}}}).status, 200);
  auto r = get(checks(), as("outside_body"));
  ASSERT_EQ(r.status, 200) << r.body;
  auto items = r.json()["items"];
  ASSERT_EQ(items.size(), 4u);
  std::vector<std::pair<int, int>> levels;
  for (const auto& item : items) levels.emplace_back(item["year"].get<int>(), item["maturity"]["level"].get<int>());
  EXPECT_EQ(levels, (std::vector<std::pair<int, int>>{{2021, 2}, {2022, 1}, {2023, 3}, {2024, 5}}));
  EXPECT_EQ(items[0]["counts"]["being_discussed"], 10);
  EXPECT_EQ(items[1]["rated"], 1);
  EXPECT_FALSE(items[0].contains("structures"));
  ASSERT_EQ(r.json()["levels"].size(), 5u);
  EXPECT_EQ(r.json()["levels"][4]["name_en"], "Sustaining");
  // Each year keeps its own ratings.
  EXPECT_EQ(structure(check(2021), "joint_committee")["rating"], "being_discussed");
  EXPECT_EQ(structure(check(2023), "joint_committee")["rating"], "implemented");
}

TEST_P(SelfCheckApi, EveryChangeIsAuditedAndARepeatIsNot) {
  ASSERT_EQ(rate(2025, {{"site_teams", {{"rating", "being_discussed"}}}}).status, 200);
  ASSERT_EQ(rate(2025, {{"site_teams", {{"rating", "implemented"}}}, {"joint_committee", {{"rating", "implemented"}}}},
                 "management_member")
                .status,
            200);
  ASSERT_EQ(rate(2025, {{"site_teams", {{"rating", "implemented"}}}}).status, 200);  // no change
  auto audit = get(base_ + "/audit", &super_);
  ASSERT_EQ(audit.status, 200);
  std::vector<json> entries;
  json log = audit.json();
  for (const auto& e : log["items"])
    if (e["action"] == "self_check.rate") entries.push_back(e);
  ASSERT_EQ(entries.size(), 2u) << audit.body;
  auto details = entries[0]["details"];  // newest first
  EXPECT_EQ(entries[0]["subject_type"], "self_check");
  EXPECT_EQ(details["year"], 2025);
  ASSERT_EQ(details["changes"].size(), 2u) << details.dump();
  for (const auto& change : details["changes"]) {
    if (change["structure"] == "site_teams") {
      EXPECT_EQ(change["from"], "being_discussed");
      EXPECT_EQ(change["to"], "implemented");
    } else {
      EXPECT_EQ(change["structure"], "joint_committee");
      EXPECT_EQ(change["from"], nullptr);
    }
  }
  EXPECT_EQ(entries[0]["actor_id"], managementMemberId_);
}

TEST_P(SelfCheckApi, AnotherDistrictsBodyIsNotFound) {
  ASSERT_EQ(rate(2025, all("implemented")).status, 200);
  // The other district's leader, with their own body, reaches neither ours nor ours through theirs.
  const Session* other = as("other_district");
  std::string otherBase = "/api/v1/districts/" + std::to_string(otherDistrict_);
  auto created = post(otherBase + "/bodies",
                      {{"name", "Valley LMC"}, {"labor_seats", 2}, {"management_seats", 2}, {"fallback", "Refer."}},
                      other);
  ASSERT_EQ(created.status, 201) << created.body;
  long long otherBody = created.json()["id"];
  std::string theirsUnderOurs = base_ + "/bodies/" + std::to_string(otherBody) + "/self-checks";
  std::string oursUnderTheirs = otherBase + "/bodies/" + std::to_string(body_) + "/self-checks";
  EXPECT_EQ(get(theirsUnderOurs, as("labor_member")).status, 404);
  EXPECT_EQ(get(theirsUnderOurs + "/2025", as("labor_member")).status, 404);
  EXPECT_EQ(patch(theirsUnderOurs + "/2025", {{"ratings", all("implemented")}}, as("labor_member")).status, 404);
  EXPECT_EQ(get(oursUnderTheirs, other).status, 404);
  EXPECT_EQ(get(oursUnderTheirs + "/2025", other).status, 404);
  EXPECT_EQ(patch(oursUnderTheirs + "/2025", {{"ratings", all("not_existing")}}, other).status, 404);
  EXPECT_EQ(get(checks(), other).status, 404);
  EXPECT_EQ(get(base_ + "/bodies/999999/self-checks/2025", as("labor_member")).status, 404);
  EXPECT_EQ(check(2025)["maturity"]["level"], 5);
}

TEST_P(SelfCheckApi, WhoMayDoWhat) {
  struct Expected {
    int list, read, rate;
  };
  // Everyone in the district reads; the body's labor and management members rate; a neutral member and the
  // district's leaders outside the body do not.
  std::map<std::string, Expected> table = {
      {"leader", {200, 200, 403}},          {"labor_chair", {200, 200, 200}},
      {"management_chair", {200, 200, 200}}, {"labor_member", {200, 200, 200}},
      {"management_member", {200, 200, 200}}, {"neutral_member", {200, 200, 403}},
      {"outside_body", {200, 200, 403}},    {"other_district", {404, 404, 404}},
      {"anonymous", {401, 401, 401}},
  };
  for (const auto& who : everyCaller()) {
    SCOPED_TRACE(who);
    const auto& expected = table.at(who);
    EXPECT_EQ(get(checks(), as(who)).status, expected.list);
    EXPECT_EQ(get(year(2025), as(who)).status, expected.read);
    auto r = rate(2025, {{"joint_communications", {{"rating", "being_developed"}, {"note", who}}}}, who);
    EXPECT_EQ(r.status, expected.rate) << r.body;
    if (expected.rate == 200) {
      EXPECT_EQ(structure(check(2025), "joint_communications")["note"], who);
    }
  }
}

}  // namespace
}  // namespace accord::testing
