// Joint communications: drafted by either side, published by both co-chairs' signatures, read receipts.
#include "joint_body_fixture.hpp"

namespace accord::testing {
namespace {

class CommunicationApi : public JointBodyTest {
 protected:
  std::string all() { return base_ + "/communications"; }
  std::string one(long long id) { return all() + "/" + std::to_string(id); }
  long long draft(const std::string& who = "labor_member") {
    auto r = post(all(),
                  {{"body_id", body_},
                   {"title", "Our agreement on the school calendar"},
                   {"text", "Both sides agreed to start the year on August 20."}},
                  as(who));
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }
  long long published() {
    long long id = draft();
    EXPECT_EQ(post(one(id) + "/signatures", {}, as("labor_chair")).status, 200);
    EXPECT_EQ(post(one(id) + "/signatures", {}, as("management_chair")).json()["status"], "published");
    return id;
  }
  std::vector<long long> listed(const std::string& who, const std::string& query = "") {
    auto r = get(all() + query, as(who));
    EXPECT_EQ(r.status, 200) << r.body;
    auto page = r.json();
    std::vector<long long> out;
    for (const auto& c : page["items"]) out.push_back(c["id"].get<long long>());
    return out;
  }
};
ACCORD_ON_EVERY_BACKEND(CommunicationApi);

TEST_P(CommunicationApi, ADraftIsSeenOnlyByTheBodysMembers) {
  long long id = draft("management_member");
  auto seen = get(one(id), as("neutral_member"));
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_EQ(seen.json()["status"], "draft");
  EXPECT_EQ(seen.json()["title"], "Our agreement on the school calendar");
  EXPECT_EQ(get(one(id), as("outside_body")).status, 404);
  EXPECT_EQ(get(one(id), as("leader")).status, 404);
  EXPECT_EQ(listed("labor_member"), std::vector<long long>{id});
  EXPECT_TRUE(listed("outside_body").empty());
}

TEST_P(CommunicationApi, ItIsPublishedOnlyWhenBothCoChairsHaveSigned) {
  long long id = draft();
  auto first = post(one(id) + "/signatures", {}, as("management_chair"));
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json()["status"], "draft");
  auto again = post(one(id) + "/signatures", {}, as("management_chair"));
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.json()["signatures"].size(), 1u);
  EXPECT_EQ(get(one(id), as("outside_body")).status, 404);

  auto second = post(one(id) + "/signatures", {}, as("labor_chair"));
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(second.json()["status"], "published");
  EXPECT_FALSE(second.json()["published_at"].is_null());
  EXPECT_EQ(second.json()["signatures"][0]["name"], "Mark Management");
  EXPECT_EQ(second.json()["signatures"][1]["side"], "labor");
  EXPECT_EQ(post(one(id) + "/signatures", {}, as("labor_chair")).status, 200);

  EXPECT_EQ(get(one(id), as("outside_body")).status, 200);
  EXPECT_EQ(listed("outside_body"), std::vector<long long>{id});
  EXPECT_EQ(listed("leader", "?body=" + std::to_string(body_)), std::vector<long long>{id});
}

TEST_P(CommunicationApi, EditingADraftClearsItsSignatures) {
  long long id = draft();
  post(one(id) + "/signatures", {}, as("labor_chair"));
  auto edited =
      patch(one(id), {{"text", "Both sides agreed to start the year on August 21."}}, as("management_member"));
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_TRUE(edited.json()["signatures"].empty());
  EXPECT_EQ(edited.json()["title"], "Our agreement on the school calendar");
  EXPECT_EQ(post(one(id) + "/signatures", {}, as("management_chair")).json()["status"], "draft");
  EXPECT_EQ(post(one(id) + "/signatures", {}, as("labor_chair")).json()["status"], "published");
}

TEST_P(CommunicationApi, APublishedCommunicationCannotChange) {
  long long id = published();
  auto r = patch(one(id), {{"title", "A different story"}}, as("labor_chair"));
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.json()["error"]["field"], "status");
  EXPECT_EQ(get(one(id), as("leader")).json()["title"], "Our agreement on the school calendar");
}

TEST_P(CommunicationApi, ASignatureOfAReplacedCoChairDoesNotCount) {
  long long id = draft();
  post(one(id) + "/signatures", {}, as("labor_chair"));
  ASSERT_EQ(post(bodyPath_ + "/co-chairs", {{"user_id", laborMemberId_}}, &super_).status, 200);
  EXPECT_EQ(post(one(id) + "/signatures", {}, as("labor_chair")).status, 403);
  EXPECT_EQ(post(one(id) + "/signatures", {}, as("management_chair")).json()["status"], "draft");
  EXPECT_EQ(post(one(id) + "/signatures", {}, as("labor_member")).json()["status"], "published");
}

TEST_P(CommunicationApi, ReadReceiptsShowCoChairsWhoHasRead) {
  long long id = published();
  auto read = post(one(id) + "/read", {}, as("outside_body"));
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.json()["read_by_me"], true);
  EXPECT_EQ(read.json()["readers"], nullptr);
  EXPECT_EQ(post(one(id) + "/read", {}, as("outside_body")).status, 200);
  post(one(id) + "/read", {}, as("neutral_member"));

  auto mine = get(all(), as("labor_member")).json()["items"][0];
  EXPECT_EQ(mine["read_by_me"], false);
  EXPECT_EQ(mine["readers"], nullptr);
  auto chair = get(all(), as("management_chair")).json()["items"][0];
  EXPECT_EQ(chair["read_count"], 2);
  ASSERT_EQ(chair["readers"].size(), 2u);
  EXPECT_EQ(chair["readers"][0]["name"], "Fay Facilitator");
  EXPECT_EQ(chair["readers"][1]["name"], "Otto Outsider");
  EXPECT_EQ(get(one(id), as("outside_body")).json()["read_by_me"], true);
}

TEST_P(CommunicationApi, ADraftCannotBeMarkedRead) {
  long long id = draft();
  auto r = post(one(id) + "/read", {}, as("labor_member"));
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.json()["error"]["field"], "status");
}

TEST_P(CommunicationApi, InvalidDraftsAreRefusedNamingTheField) {
  auto other = post("/api/v1/districts/" + std::to_string(otherDistrict_) + "/bodies",
                    {{"name", "Valley LMC"}, {"labor_seats", 1}, {"management_seats", 1}, {"fallback", "x"}},
                    as("other_district"));
  ASSERT_EQ(other.status, 201);
  struct Case {
    nlohmann::json body;
    std::string field;
  };
  std::vector<Case> cases = {
      {{{"title", "t"}, {"text", "x"}}, "body_id"},
      {{{"body_id", other.json()["id"]}, {"title", "t"}, {"text", "x"}}, "body_id"},
      {{{"body_id", "one"}, {"title", "t"}, {"text", "x"}}, "body_id"},
      {{{"body_id", body_}, {"text", "x"}}, "title"},
      {{{"body_id", body_}, {"title", " "}, {"text", "x"}}, "title"},
      {{{"body_id", body_}, {"title", "t"}}, "text"},
      {{{"body_id", body_}, {"title", "t"}, {"text", "\n"}}, "text"},
      {{{"body_id", body_}, {"title", 5}, {"text", "x"}}, "title"},
  };
  for (const auto& c : cases) {
    auto r = post(all(), c.body, as("labor_chair"));
    EXPECT_EQ(r.status, 400) << c.body.dump() << r.body;
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.body.dump() << r.body;
  }
  EXPECT_TRUE(listed("labor_chair").empty());
  EXPECT_EQ(get(all() + "?body=x", &super_).json()["error"]["field"], "body");
}

TEST_P(CommunicationApi, ACommunicationOfAnotherDistrictIsNotFound) {
  long long id = published();
  std::string elsewhere = "/api/v1/districts/" + std::to_string(otherDistrict_) + "/communications/" +
                          std::to_string(id);
  EXPECT_EQ(get(elsewhere, as("other_district")).status, 404);
  EXPECT_EQ(post(elsewhere + "/read", {}, as("other_district")).status, 404);
  EXPECT_EQ(get(one(id), as("other_district")).status, 404);
  EXPECT_EQ(get(one(999999), as("leader")).status, 404);
}

TEST_P(CommunicationApi, EveryChangeIsAudited) {
  long long id = draft();
  patch(one(id), {{"title", "The calendar"}}, as("labor_member"));
  post(one(id) + "/signatures", {}, as("labor_chair"));
  post(one(id) + "/signatures", {}, as("management_chair"));
  post(one(id) + "/read", {}, as("outside_body"));
  post(one(id) + "/read", {}, as("outside_body"));
  auto entries = get(base_ + "/audit", &super_).json()["items"];
  std::vector<std::string> actions;
  for (const auto& e : entries)
    if (e["subject_type"] == "communication") actions.push_back(e["action"]);
  EXPECT_EQ(actions, (std::vector<std::string>{"communication.read", "communication.publish", "communication.sign",
                                               "communication.sign", "communication.edit", "communication.draft"}));
}

TEST_P(CommunicationApi, WhoMayDoWhatWithCommunications) {
  std::map<std::string, int> everyone, members, sides, chairs;
  for (const auto& who : everyCaller()) everyone[who] = 200;
  everyone["other_district"] = 404;
  everyone["anonymous"] = 401;
  members = everyone;  // a draft: the body's members only
  members["leader"] = members["outside_body"] = 404;
  sides = members;  // writing: either side, not a neutral member
  sides["neutral_member"] = 403;
  chairs = sides;  // signing: the co-chairs
  chairs["labor_member"] = chairs["management_member"] = 403;
  std::map<std::string, int> drafting = everyone;  // the leader and the outsider are not in the body
  drafting["leader"] = drafting["outside_body"] = drafting["neutral_member"] = 403;
  struct Case {
    std::string route;
    std::map<std::string, int> expected;
  };
  std::vector<Case> cases = {{"GET list", everyone},     {"POST draft", drafting},    {"GET draft", members},
                             {"GET published", everyone}, {"PATCH draft", sides},       {"POST signatures", chairs},
                             {"POST read", everyone}};
  for (const auto& c : cases) {
    for (const auto& who : everyCaller()) {
      long long id = c.route == "GET published" || c.route == "POST read" ? published() : draft();
      HttpResult r;
      if (c.route == "GET list") r = get(all(), as(who));
      if (c.route == "POST draft") r = post(all(), {{"body_id", body_}, {"title", "t"}, {"text", "x"}}, as(who));
      if (c.route == "GET draft" || c.route == "GET published") r = get(one(id), as(who));
      if (c.route == "PATCH draft") r = patch(one(id), {{"title", "Changed"}}, as(who));
      if (c.route == "POST signatures") r = post(one(id) + "/signatures", {}, as(who));
      if (c.route == "POST read") r = post(one(id) + "/read", {}, as(who));
      int want = c.expected.at(who);
      if (want == 200 && c.route == "POST draft") want = 201;
      EXPECT_EQ(r.status, want) << c.route << " as " << who << ": " << r.body;
    }
  }
}

}  // namespace
}  // namespace accord::testing
