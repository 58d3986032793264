#pragma once
// A district with one joint body and a cast that covers every kind of caller: the body's two co-chairs,
// a member of each side and a neutral member, a district member outside the body, a member of another
// district, and the superintendent (a district leader). Shared by the partnership-core API tests.
#include <map>
#include <string>

#include "api_fixture.hpp"

namespace accord::testing {

class JointBodyTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    addUser("super@example.org", "Superintendent", true);
    super_ = logIn("super@example.org");
    district_ = createDistrict(super_, "Harbor Unified", "management", "superintendent");
    base_ = "/api/v1/districts/" + std::to_string(district_);
    auto r = post(base_ + "/bodies",
                  {{"name", "District Labor-Management Committee"},
                   {"labor_seats", 4},
                   {"management_seats", 4},
                   {"fallback", "Refer to the full board."},
                   {"advance_rule", "any_member"}},
                  &super_);
    ASSERT_EQ(r.status, 201) << r.body;
    body_ = r.json()["id"].get<long long>();
    bodyPath_ = base_ + "/bodies/" + std::to_string(body_);
    laborChairId_ = seat("laborchair@example.org", "Lena Labor", "labor", "union_officer");
    managementChairId_ = seat("mgmtchair@example.org", "Mark Management", "management", "principal");
    laborMemberId_ = seat("teacher@example.org", "Tess Teacher", "labor", "teacher");
    managementMemberId_ = seat("cabinet@example.org", "Cal Cabinet", "management", "cabinet");
    neutralId_ = seat("facilitator@example.org", "Fay Facilitator", "neutral", "facilitator");
    outsiderId_ = join("outsider@example.org", "Otto Outsider", "labor", "teacher");
    ASSERT_EQ(post(bodyPath_ + "/co-chairs", {{"user_id", laborChairId_}}, &super_).status, 200);
    ASSERT_EQ(post(bodyPath_ + "/co-chairs", {{"user_id", managementChairId_}}, &super_).status, 200);

    addUser("elsewhere@example.org", "Elsa Elsewhere", true);
    auto elsewhere = logIn("elsewhere@example.org");
    otherDistrict_ = createDistrict(elsewhere, "Valley Unified");

    for (auto [key, email] : {std::pair{"leader", "super@example.org"},
                              std::pair{"labor_chair", "laborchair@example.org"},
                              std::pair{"management_chair", "mgmtchair@example.org"},
                              std::pair{"labor_member", "teacher@example.org"},
                              std::pair{"management_member", "cabinet@example.org"},
                              std::pair{"neutral_member", "facilitator@example.org"},
                              std::pair{"outside_body", "outsider@example.org"},
                              std::pair{"other_district", "elsewhere@example.org"}})
      sessions_[key] = key == std::string("leader") ? super_ : logIn(email);
  }

  // A member of the district; returns the user id.
  long long join(const std::string& email, const std::string& name, const std::string& side,
                 const std::string& role) {
    long long id = addUser(email, name);
    addMember(district_, id, side, role);
    return id;
  }
  // A member of the district who sits in the body.
  long long seat(const std::string& email, const std::string& name, const std::string& side,
                 const std::string& role) {
    long long id = join(email, name, side, role);
    EXPECT_EQ(post(bodyPath_ + "/members", {{"user_id", id}}, &super_).status, 201);
    return id;
  }
  // The session for a caller kind of the table tests, or nullptr for "anonymous".
  const Session* as(const std::string& who) {
    auto it = sessions_.find(who);
    return it == sessions_.end() ? nullptr : &it->second;
  }

  Session super_;
  long long district_ = 0, otherDistrict_ = 0, body_ = 0;
  std::string base_, bodyPath_;
  long long laborChairId_ = 0, managementChairId_ = 0, laborMemberId_ = 0, managementMemberId_ = 0, neutralId_ = 0,
            outsiderId_ = 0;
  std::map<std::string, Session> sessions_;
};

// Every kind of caller the authorization tables name.
inline const std::vector<std::string>& everyCaller() {
  static const std::vector<std::string> callers = {"leader",         "labor_chair",    "management_chair",
                                                   "labor_member",   "management_member", "neutral_member",
                                                   "outside_body",   "other_district", "anonymous"};
  return callers;
}

}  // namespace accord::testing
