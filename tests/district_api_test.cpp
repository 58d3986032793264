// Districts and memberships, and that every district is confined to its members.
#include "api_fixture.hpp"

namespace accord::testing {
namespace {

class DistrictApi : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    addUser("admin@example.org", "Admin", true);
    admin_ = logIn("admin@example.org");
  }
  std::string districtPath(long long id) { return "/api/v1/districts/" + std::to_string(id); }
  Session admin_;
};
ACCORD_ON_EVERY_BACKEND(DistrictApi);

TEST_P(DistrictApi, AnAdministratorCreatesADistrictWithItsDemographics) {
  auto r = post("/api/v1/districts",
                {{"name", "Harbor Unified"},
                 {"state", "ca"},
                 {"nces_id", "0601234"},
                 {"enrollment", 20000},
                 {"low_income_pct", 48.5},
                 {"english_learners_pct", 22},
                 {"minority_pct", 92}},
                &admin_);
  ASSERT_EQ(r.status, 201) << r.body;
  auto d = r.json();
  EXPECT_EQ(d["state"], "CA");
  EXPECT_EQ(d["nces_id"], "0601234");
  EXPECT_EQ(d["enrollment"], 20000);
  EXPECT_DOUBLE_EQ(d["low_income_pct"].get<double>(), 48.5);
  auto fetched = get(districtPath(d["id"]), &admin_);
  ASSERT_EQ(fetched.status, 200);
  EXPECT_EQ(fetched.json()["minority_pct"], 92.0);
  EXPECT_EQ(fetched.json()["my_membership"]["role"], "administrator");
}

TEST_P(DistrictApi, OnlyAnAdministratorCreatesDistricts) {
  addUser("pat@example.org", "Pat");
  auto pat = logIn("pat@example.org");
  auto r = post("/api/v1/districts", {{"name", "Mine"}, {"state", "CA"}}, &pat);
  EXPECT_EQ(r.status, 403);
}

TEST_P(DistrictApi, InvalidDistrictFieldsAreNamed) {
  struct Case {
    nlohmann::json body;
    std::string field;
  };
  std::vector<Case> cases = {
      {{{"state", "CA"}}, "name"},
      {{{"name", "X"}, {"state", "California"}}, "state"},
      {{{"name", "X"}, {"state", "CA"}, {"nces_id", "12"}}, "nces_id"},
      {{{"name", "X"}, {"state", "CA"}, {"enrollment", -5}}, "enrollment"},
      {{{"name", "X"}, {"state", "CA"}, {"enrollment", "many"}}, "enrollment"},
      {{{"name", "X"}, {"state", "CA"}, {"minority_pct", 120}}, "minority_pct"},
      {{{"name", "X"}, {"state", "CA"}, {"my_side", "both"}}, "side"},
  };
  for (const auto& c : cases) {
    auto r = post("/api/v1/districts", c.body, &admin_);
    EXPECT_EQ(r.status, 400) << c.body.dump();
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.body.dump();
  }
  EXPECT_TRUE(get("/api/v1/districts", &admin_).json()["items"].empty());
}

TEST_P(DistrictApi, APersonSeesOnlyTheirDistricts) {
  long long harbor = createDistrict(admin_, "Harbor Unified");
  addUser("other.admin@example.org", "Other Admin", true);
  auto otherAdmin = logIn("other.admin@example.org");
  long long valley = createDistrict(otherAdmin, "Valley Unified");

  auto mine = get("/api/v1/districts", &admin_).json()["items"];
  ASSERT_EQ(mine.size(), 1u);
  EXPECT_EQ(mine[0]["id"], harbor);

  // Another tenant's district answers 404, exactly like one that does not exist.
  auto crossing = get(districtPath(valley), &admin_);
  auto missing = get(districtPath(999999), &admin_);
  EXPECT_EQ(crossing.status, 404);
  EXPECT_EQ(crossing.json()["error"], missing.json()["error"]);
  EXPECT_EQ(get(districtPath(valley) + "/memberships", &admin_).status, 404);
  EXPECT_EQ(post(districtPath(valley) + "/invitations",
                 {{"email", "x@example.org"}, {"name", "X"}, {"side", "labor"}, {"role", "member"}}, &admin_)
                .status,
            404);
  EXPECT_EQ(get("/api/v1/districts/not-a-number", &admin_).status, 404);
}

TEST_P(DistrictApi, AnExistingPersonJoinsOnlyByAcceptingTheInvitation) {
  long long district = createDistrict(admin_, "Harbor Unified");
  addUser("union@example.org", "Union President");
  auto r = post(districtPath(district) + "/invitations",
                {{"email", "UNION@example.org"}, {"name", "Union President"}, {"side", "labor"},
                 {"role", "union_president"}},
                &admin_);
  ASSERT_EQ(r.status, 201) << r.body;
  auto president = logIn("union@example.org");
  EXPECT_EQ(get(districtPath(district), &president).status, 404);  // not a member until they accept

  auto mine = get("/api/v1/me/invitations", &president);
  ASSERT_EQ(mine.status, 200) << mine.body;
  ASSERT_EQ(mine.json()["items"].size(), 1u);
  auto invitation = mine.json()["items"][0];
  EXPECT_EQ(invitation["district_name"], "Harbor Unified");
  EXPECT_EQ(invitation["invited_by_name"], "Admin");
  EXPECT_EQ(invitation["side"], "labor");
  EXPECT_EQ(invitation["role"], "union_president");
  std::string accept = "/api/v1/me/invitations/" + std::to_string(invitation["id"].get<long long>()) + "/accept";
  EXPECT_EQ(post(accept, nlohmann::json::object(), &admin_).status, 404);  // someone else's
  auto accepted = post(accept, nlohmann::json::object(), &president);
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_EQ(accepted.json()["district_id"], district);
  auto seen = get(districtPath(district), &president);
  ASSERT_EQ(seen.status, 200);
  EXPECT_EQ(seen.json()["my_membership"]["side"], "labor");
  EXPECT_EQ(get("/api/v1/me/invitations", &president).json()["items"].size(), 0u);
  EXPECT_EQ(post(accept, nlohmann::json::object(), &president).status, 409);

  auto twice = post(districtPath(district) + "/invitations",
                    {{"email", "union@example.org"}, {"name", "U"}, {"side", "labor"}, {"role", "member"}}, &admin_);
  EXPECT_EQ(twice.status, 409);
  auto badRole = post(districtPath(district) + "/invitations",
                      {{"email", "x@example.org"}, {"name", "X"}, {"side", "labor"}, {"role", "king"}}, &admin_);
  EXPECT_EQ(badRole.json()["error"]["field"], "role");
}

TEST_P(DistrictApi, NoOneIsAddedToADistrictWithoutConsent) {
  long long district = createDistrict(admin_, "Harbor Unified");
  addUser("union@example.org", "Union President");
  auto r = post(districtPath(district) + "/memberships",
                {{"email", "union@example.org"}, {"side", "labor"}, {"role", "union_president"}}, &admin_);
  EXPECT_EQ(r.status, 405);
  auto president = logIn("union@example.org");
  EXPECT_EQ(get(districtPath(district), &president).status, 404);
}

TEST_P(DistrictApi, ADeclinedInvitationIsGone) {
  long long district = createDistrict(admin_, "Harbor Unified");
  addUser("union@example.org", "Union President");
  ASSERT_EQ(post(districtPath(district) + "/invitations",
                 {{"email", "union@example.org"}, {"name", "U"}, {"side", "labor"}, {"role", "member"}}, &admin_)
                .status,
            201);
  auto president = logIn("union@example.org");
  long long id = get("/api/v1/me/invitations", &president).json()["items"][0]["id"];
  std::string path = "/api/v1/me/invitations/" + std::to_string(id);
  EXPECT_EQ(post(path + "/decline", nlohmann::json::object(), &admin_).status, 404);
  EXPECT_EQ(post(path + "/decline", nlohmann::json::object(), &president).status, 204);
  EXPECT_EQ(get("/api/v1/me/invitations", &president).json()["items"].size(), 0u);
  EXPECT_EQ(post(path + "/accept", nlohmann::json::object(), &president).status, 404);
  EXPECT_EQ(get(districtPath(district), &president).status, 404);
}

TEST_P(DistrictApi, AnOrdinaryMemberCannotInvite) {
  long long district = createDistrict(admin_, "Harbor Unified");
  addMember(district, addUser("teacher@example.org", "Teacher"), "labor", "teacher");
  auto teacher = logIn("teacher@example.org");
  auto r = post(districtPath(district) + "/invitations",
                {{"email", "friend@example.org"}, {"name", "Friend"}, {"side", "labor"}, {"role", "member"}},
                &teacher);
  EXPECT_EQ(r.status, 403);
}

TEST_P(DistrictApi, ListsArePaginatedWithACursor) {
  long long district = createDistrict(admin_, "Harbor Unified");
  for (int i = 0; i < 5; ++i) {
    std::string email = "member" + std::to_string(i) + "@example.org";
    addMember(district, addUser(email, "Member " + std::to_string(i)), "labor", "member");
  }
  std::vector<std::string> seen;
  std::string target = districtPath(district) + "/memberships?limit=2";
  for (int pages = 0; pages < 10; ++pages) {
    auto page = get(target, &admin_).json();
    for (const auto& m : page["items"]) seen.push_back(m["email"]);
    if (page["next_cursor"].is_null()) break;
    target = districtPath(district) + "/memberships?limit=2&cursor=" + page["next_cursor"].get<std::string>();
  }
  EXPECT_EQ(seen.size(), 6u);  // the creator and five members, each once
  EXPECT_EQ(get(districtPath(district) + "/memberships?limit=0", &admin_).json()["error"]["field"], "limit");
  EXPECT_EQ(get(districtPath(district) + "/memberships?cursor=abc", &admin_).json()["error"]["field"], "cursor");
}

}  // namespace
}  // namespace accord::testing
