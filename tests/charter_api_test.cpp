// A joint body's charter: versions, designated signers of both sides, taking effect, review.
#include "joint_body_fixture.hpp"

namespace accord::testing {
namespace {

class CharterApi : public JointBodyTest {
 protected:
  nlohmann::json draftBody(const nlohmann::json& extra = nlohmann::json::object()) {
    nlohmann::json body = {{"mission", "Every student learns; every adult grows."},
                           {"principles", {"No excuses", "Understand each other's jobs", "Be honest"}},
                           {"norms", {"Start on time", "Disagree in the room, not in the parking lot"}},
                           {"review_date", "2099-06-30"}};
    body.update(extra);
    return body;
  }
  // A draft by the superintendent; returns its id.
  long long draft(const nlohmann::json& extra = nlohmann::json::object()) {
    auto r = post(versions(), draftBody(extra), &super_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }
  std::string versions() { return bodyPath_ + "/charter/versions"; }
  std::string version(long long id) { return versions() + "/" + std::to_string(id); }
  HttpResult sign(long long id, const std::string& who) { return post(version(id) + "/signatures", {}, as(who)); }
};
ACCORD_ON_EVERY_BACKEND(CharterApi);

TEST_P(CharterApi, ADraftNamesTheCoChairsAsSignersByDefault) {
  auto r = post(versions(), draftBody(), as("labor_chair"));
  ASSERT_EQ(r.status, 201) << r.body;
  auto v = r.json();
  EXPECT_EQ(v["number"], 1);
  EXPECT_EQ(v["status"], "draft");
  EXPECT_EQ(v["principles"].size(), 3u);
  EXPECT_EQ(v["norms"][0], "Start on time");
  ASSERT_EQ(v["signers"].size(), 2u);
  EXPECT_EQ(v["signers"][0]["user_id"], laborChairId_);
  EXPECT_EQ(v["signers"][0]["side"], "labor");
  EXPECT_EQ(v["signers"][1]["user_id"], managementChairId_);
  EXPECT_EQ(v["signers"][1]["signed"], false);
  EXPECT_EQ(v["signed_count"], 0);
}

TEST_P(CharterApi, AVersionTakesEffectOnlyWhenBothSidesHaveSigned) {
  long long id = draft();
  auto first = sign(id, "labor_chair");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json()["status"], "draft");
  EXPECT_EQ(first.json()["signed_count"], 1);
  EXPECT_EQ(get(bodyPath_ + "/charter", &super_).json()["in_force"], nullptr);

  auto second = sign(id, "management_chair");
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(second.json()["status"], "in_force");
  EXPECT_FALSE(second.json()["effective_at"].is_null());

  auto charter = get(bodyPath_ + "/charter", as("outside_body"));
  ASSERT_EQ(charter.status, 200) << charter.body;
  EXPECT_EQ(charter.json()["in_force"]["id"], id);
  EXPECT_EQ(charter.json()["review_date"], "2099-06-30");
  EXPECT_EQ(charter.json()["review_due"], false);
  auto signers = charter.json()["in_force"]["signers"];
  EXPECT_EQ(signers[0]["name"], "Lena Labor");
  EXPECT_EQ(signers[0]["signed"], true);
  EXPECT_EQ(signers[1]["name"], "Mark Management");
  EXPECT_EQ(signers[1]["signed"], true);
}

TEST_P(CharterApi, SigningTwiceIsHarmless) {
  long long id = draft();
  ASSERT_EQ(sign(id, "labor_chair").status, 200);
  auto again = sign(id, "labor_chair");
  EXPECT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(again.json()["signed_count"], 1);
  EXPECT_EQ(again.json()["status"], "draft");
  ASSERT_EQ(sign(id, "management_chair").status, 200);
  auto afterInForce = sign(id, "management_chair");
  EXPECT_EQ(afterInForce.status, 200);
  EXPECT_EQ(afterInForce.json()["status"], "in_force");
}

TEST_P(CharterApi, ANewVersionSupersedesTheOneInForce) {
  long long first = draft();
  sign(first, "labor_chair");
  sign(first, "management_chair");
  long long second = draft({{"mission", "Every student thrives."}});
  EXPECT_EQ(get(version(second), &super_).json()["number"], 2);
  EXPECT_EQ(get(bodyPath_ + "/charter", &super_).json()["in_force"]["id"], first);
  sign(second, "management_chair");
  sign(second, "labor_chair");
  EXPECT_EQ(get(version(first), &super_).json()["status"], "superseded");
  EXPECT_EQ(get(version(second), &super_).json()["status"], "in_force");
  auto list = get(versions(), as("neutral_member"));
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.json()["items"].size(), 2u);
  EXPECT_EQ(list.json()["items"][0]["status"], "superseded");
  EXPECT_EQ(get(bodyPath_ + "/charter", &super_).json()["in_force"]["mission"], "Every student thrives.");
}

TEST_P(CharterApi, EditingADraftClearsItsSignatures) {
  long long id = draft();
  ASSERT_EQ(sign(id, "labor_chair").json()["signed_count"], 1);
  auto edited = patch(version(id), {{"norms", {"Phones away"}}}, as("management_chair"));
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json()["signed_count"], 0);
  EXPECT_EQ(edited.json()["norms"], nlohmann::json({"Phones away"}));
  EXPECT_EQ(edited.json()["mission"], "Every student learns; every adult grows.");
  ASSERT_EQ(sign(id, "management_chair").json()["status"], "draft");
  EXPECT_EQ(sign(id, "labor_chair").json()["status"], "in_force");
}

TEST_P(CharterApi, AVersionThatIsNotADraftCannotBeEdited) {
  long long id = draft();
  sign(id, "labor_chair");
  sign(id, "management_chair");
  auto r = patch(version(id), {{"mission", "Rewritten history"}}, &super_);
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.json()["error"]["field"], "status");
  EXPECT_NE(r.json()["error"]["message"].get<std::string>().find("in force"), std::string::npos);
  EXPECT_EQ(get(version(id), &super_).json()["mission"], "Every student learns; every adult grows.");
}

TEST_P(CharterApi, DesignatedSignersMayIncludeMoreThanTheCoChairs) {
  long long id = draft({{"signers", {laborChairId_, laborMemberId_, managementChairId_}}});
  sign(id, "labor_chair");
  EXPECT_EQ(sign(id, "management_chair").json()["status"], "draft");
  EXPECT_EQ(sign(id, "management_member").status, 403);
  EXPECT_EQ(sign(id, "labor_member").json()["status"], "in_force");
}

TEST_P(CharterApi, TheSignersOfADraftCanChangeAndAnEmptyListMeansTheCoChairs) {
  long long id = draft();
  auto more = patch(version(id), {{"signers", {managementChairId_, laborChairId_, managementMemberId_}}}, &super_);
  ASSERT_EQ(more.status, 200) << more.body;
  EXPECT_EQ(more.json()["signers"].size(), 3u);
  auto refused = patch(version(id), {{"signers", {managementChairId_}}}, &super_);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.json()["error"]["field"], "signers");
  auto back = patch(version(id), {{"signers", nlohmann::json::array()}}, &super_);
  ASSERT_EQ(back.status, 200) << back.body;
  ASSERT_EQ(back.json()["signers"].size(), 2u);
  EXPECT_EQ(back.json()["signers"][0]["user_id"], laborChairId_);
  EXPECT_EQ(back.json()["signers"][1]["user_id"], managementChairId_);
}

TEST_P(CharterApi, TakingEffectClosesTheReviewThatANewCoChairOpened) {
  long long first = draft({{"review_date", "2099-01-01"}});
  sign(first, "labor_chair");
  sign(first, "management_chair");
  ASSERT_EQ(post(bodyPath_ + "/co-chairs", {{"user_id", laborMemberId_}}, &super_).status, 200);
  auto charter = get(bodyPath_ + "/charter", &super_);
  EXPECT_EQ(charter.json()["review_due"], true);
  long long second = draft();
  EXPECT_EQ(get(version(second), &super_).json()["signers"][0]["user_id"], laborMemberId_);
  sign(second, "labor_member");
  sign(second, "management_chair");
  EXPECT_EQ(get(bodyPath_ + "/charter", &super_).json()["review_due"], false);
  EXPECT_EQ(get(bodyPath_, &super_).json()["charter_review_due"], false);
}

TEST_P(CharterApi, ReviewIsDueOnceTheReviewDateHasPassed) {
  long long id = draft({{"review_date", "2001-01-01"}});
  sign(id, "labor_chair");
  sign(id, "management_chair");
  EXPECT_EQ(get(bodyPath_ + "/charter", &super_).json()["review_due"], true);
}

TEST_P(CharterApi, InvalidDraftsAreRefusedNamingTheField) {
  struct Case {
    nlohmann::json extra;
    std::string field;
  };
  std::vector<Case> cases = {
      {{{"mission", nullptr}}, "mission"},
      {{{"mission", "   "}}, "mission"},
      {{{"review_date", nullptr}}, "review_date"},
      {{{"review_date", "2026-02-30"}}, "review_date"},
      {{{"review_date", "next June"}}, "review_date"},
      {{{"principles", "Be honest"}}, "principles"},
      {{{"principles", {"Be honest", ""}}}, "principles"},
      {{{"norms", {1, 2}}}, "norms"},
      {{{"signers", {laborChairId_}}}, "signers"},
      {{{"signers", {laborChairId_, neutralId_}}}, "signers"},
      {{{"signers", {laborChairId_, managementChairId_, outsiderId_}}}, "signers"},
      {{{"signers", {laborChairId_, managementChairId_, laborChairId_}}}, "signers"},
      {{{"signers", "everyone"}}, "signers"},
  };
  for (const auto& c : cases) {
    auto body = draftBody(c.extra);
    for (auto it = body.begin(); it != body.end();) it = it->is_null() ? body.erase(it) : std::next(it);
    auto r = post(versions(), body, &super_);
    EXPECT_EQ(r.status, 400) << c.extra.dump() << r.body;
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.extra.dump() << r.body;
  }
  EXPECT_TRUE(get(versions(), &super_).json()["items"].empty());
}

TEST_P(CharterApi, ABodyWithoutBothCoChairsMustNameItsSigners) {
  auto r = post(base_ + "/bodies",
                {{"name", "Site Team"}, {"labor_seats", 2}, {"management_seats", 2}, {"fallback", "Ask the LMC."}},
                &super_);
  std::string site = base_ + "/bodies/" + std::to_string(r.json()["id"].get<long long>());
  auto refused = post(site + "/charter/versions", draftBody(), &super_);
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.json()["error"]["field"], "signers");
  EXPECT_EQ(get(site + "/charter", &super_).json()["in_force"], nullptr);
}

TEST_P(CharterApi, AVersionOfAnotherBodyOrDistrictIsNotFound) {
  long long id = draft();
  auto r = post(base_ + "/bodies",
                {{"name", "Site Team"}, {"labor_seats", 2}, {"management_seats", 2}, {"fallback", "Ask the LMC."}},
                &super_);
  std::string otherBody = base_ + "/bodies/" + std::to_string(r.json()["id"].get<long long>());
  EXPECT_EQ(get(otherBody + "/charter/versions/" + std::to_string(id), &super_).status, 404);
  std::string otherDistrict = "/api/v1/districts/" + std::to_string(otherDistrict_) + "/bodies/" +
                              std::to_string(body_) + "/charter/versions/" + std::to_string(id);
  EXPECT_EQ(get(otherDistrict, as("other_district")).status, 404);
  EXPECT_EQ(post(otherDistrict + "/signatures", {}, as("other_district")).status, 404);
  EXPECT_EQ(get(version(999999), &super_).status, 404);
}

TEST_P(CharterApi, EveryChangeIsAudited) {
  long long id = draft();
  patch(version(id), {{"mission", "Every student learns."}}, &super_);
  sign(id, "labor_chair");
  sign(id, "labor_chair");
  sign(id, "management_chair");
  auto items = get(base_ + "/audit", &super_).json()["items"];
  std::vector<std::string> actions;
  for (const auto& e : items)
    if (e["subject_type"] == "charter_version") actions.push_back(e["action"]);
  EXPECT_EQ(actions, (std::vector<std::string>{"charter.take_effect", "charter.sign", "charter.sign", "charter.edit",
                                               "charter.draft"}));
}

TEST_P(CharterApi, WhoMayDoWhatWithACharter) {
  struct Case {
    std::string route;
    std::map<std::string, int> expected;
  };
  // Everyone in the district reads; co-chairs and leaders draft and edit; designated signers sign.
  const std::map<std::string, int> read = {{"leader", 200},         {"labor_chair", 200},    {"management_chair", 200},
                                           {"labor_member", 200},   {"management_member", 200},
                                           {"neutral_member", 200}, {"outside_body", 200},   {"other_district", 404},
                                           {"anonymous", 401}};
  std::map<std::string, int> manage = read;
  for (auto who : {"labor_member", "management_member", "neutral_member", "outside_body"}) manage[who] = 403;
  std::map<std::string, int> signing = manage;
  signing["leader"] = 403;
  std::vector<Case> cases = {{"GET charter", read},        {"GET versions", read}, {"GET version", read},
                             {"POST versions", manage},    {"PATCH version", manage},
                             {"POST signatures", signing}};
  for (const auto& c : cases) {
    for (const auto& who : everyCaller()) {
      long long id = draft();
      HttpResult r;
      if (c.route == "GET charter") r = get(bodyPath_ + "/charter", as(who));
      if (c.route == "GET versions") r = get(versions(), as(who));
      if (c.route == "GET version") r = get(version(id), as(who));
      if (c.route == "POST versions") r = post(versions(), draftBody(), as(who));
      if (c.route == "PATCH version") r = patch(version(id), {{"mission", "Changed"}}, as(who));
      if (c.route == "POST signatures") r = sign(id, who);
      int want = c.expected.at(who);
      if (want == 200 && c.route == "POST versions") want = 201;
      EXPECT_EQ(r.status, want) << c.route << " as " << who << ": " << r.body;
    }
  }
}

}  // namespace
}  // namespace accord::testing
