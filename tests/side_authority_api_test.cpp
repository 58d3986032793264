// The two-party rule for who sits in a body: who sits, co-chairs or signs for a side is chosen by that side's
// leaders or its co-chair, never by the other side alone. Neutral seats are for either co-chair.
#include <optional>

#include "api_fixture.hpp"

namespace accord::testing {
namespace {

// A district set up by an Accord administrator, whose leaders are ordinary accounts: a management
// superintendent and a labor union president, besides the body's two co-chairs and a member of each side.
class SideAuthority : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    addUser("admin@example.org", "Ada Admin", true);
    admin_ = logIn("admin@example.org");
    district_ = createDistrict(admin_, "Harbor Unified", "neutral", "administrator");
    base_ = "/api/v1/districts/" + std::to_string(district_);
    auto r = post(base_ + "/bodies",
                  {{"name", "District Labor-Management Committee"},
                   {"labor_seats", 4},
                   {"management_seats", 4},
                   {"fallback", "Refer to the full board."}},
                  &admin_);
    ASSERT_EQ(r.status, 201) << r.body;
    bodyPath_ = base_ + "/bodies/" + std::to_string(r.json()["id"].get<long long>());
    superId_ = join("super@example.org", "management", "superintendent");
    presidentId_ = join("president@example.org", "labor", "union_president");
    laborChairId_ = seat("laborchair@example.org", "labor", "union_officer");
    managementChairId_ = seat("mgmtchair@example.org", "management", "principal");
    laborMemberId_ = seat("teacher@example.org", "labor", "teacher");
    managementMemberId_ = seat("cabinet@example.org", "management", "cabinet");
    neutralId_ = seat("facilitator@example.org", "neutral", "facilitator");
    laborSpareId_ = join("spare.labor@example.org", "labor", "teacher");
    ASSERT_EQ(post(bodyPath_ + "/co-chairs", {{"user_id", laborChairId_}}, &admin_).status, 200);
    ASSERT_EQ(post(bodyPath_ + "/co-chairs", {{"user_id", managementChairId_}}, &admin_).status, 200);
    super_ = logIn("super@example.org");
    president_ = logIn("president@example.org");
    laborChair_ = logIn("laborchair@example.org");
    managementChair_ = logIn("mgmtchair@example.org");
  }

  long long join(const std::string& email, const std::string& side, const std::string& role) {
    long long id = addUser(email, email.substr(0, email.find('@')));
    addMember(district_, id, side, role);
    return id;
  }
  long long seat(const std::string& email, const std::string& side, const std::string& role) {
    long long id = join(email, side, role);
    EXPECT_EQ(post(bodyPath_ + "/members", {{"user_id", id}}, &admin_).status, 201);
    return id;
  }
  HttpResult invite(const std::string& email, const std::string& side, const std::string& role, const Session& as) {
    return post(base_ + "/invitations", {{"email", email}, {"name", "Invited"}, {"side", side}, {"role", role}}, &as);
  }
  HttpResult unseat(long long userId, const Session& as) {
    return sendAs({"DELETE", bodyPath_ + "/members/" + std::to_string(userId), {}, {}}, &as);
  }
  bool sits(long long userId) {
    nlohmann::json body = get(bodyPath_, &admin_).json();
    for (const auto& m : body["members"])
      if (m["user_id"] == userId) return true;
    return false;
  }
  std::string versions() const { return bodyPath_ + "/charter/versions"; }
  nlohmann::json charter(const nlohmann::json& extra = nlohmann::json::object()) {
    nlohmann::json body = {{"mission", "Every student learns."}, {"review_date", "2099-06-30"}};
    body.update(extra);
    return body;
  }
  // The newest audit entry with `action`, as the administrator sees the log.
  std::optional<nlohmann::json> lastAudit(const std::string& action) {
    auto r = get(base_ + "/audit", &admin_);
    EXPECT_EQ(r.status, 200) << r.body;
    nlohmann::json log = r.json();
    for (const auto& e : log["items"])
      if (e["action"] == action) return e;
    return std::nullopt;
  }

  Session admin_, super_, president_, laborChair_, managementChair_;
  long long district_ = 0, superId_ = 0, presidentId_ = 0, laborChairId_ = 0, managementChairId_ = 0,
            laborMemberId_ = 0, managementMemberId_ = 0, neutralId_ = 0, laborSpareId_ = 0;
  std::string base_, bodyPath_;
};
ACCORD_ON_EVERY_BACKEND(SideAuthority);

TEST_P(SideAuthority, TheManagementSuperintendentMayNotNameTheLaborCoChair) {
  auto r = post(bodyPath_ + "/co-chairs", {{"user_id", laborMemberId_}}, &super_);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(get(bodyPath_, &admin_).json()["labor_co_chair_id"], laborChairId_);
}

TEST_P(SideAuthority, TheManagementCoChairMayNotNameTheLaborCoChair) {
  auto r = post(bodyPath_ + "/co-chairs", {{"user_id", laborMemberId_}}, &managementChair_);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(get(bodyPath_, &admin_).json()["labor_co_chair_id"], laborChairId_);
}

TEST_P(SideAuthority, TheUnionPresidentNamesTheLaborCoChair) {
  auto r = post(bodyPath_ + "/co-chairs", {{"user_id", laborMemberId_}}, &president_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["labor_co_chair_id"], laborMemberId_);
}

TEST_P(SideAuthority, TheLaborCoChairHandsTheChairToAnotherLaborMember) {
  auto r = post(bodyPath_ + "/co-chairs", {{"user_id", laborMemberId_}}, &laborChair_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["labor_co_chair_id"], laborMemberId_);
}

TEST_P(SideAuthority, TheLaborCoChairSeatsAndUnseatsALaborMember) {
  auto added = post(bodyPath_ + "/members", {{"user_id", laborSpareId_}}, &laborChair_);
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_TRUE(sits(laborSpareId_));
  auto removed = unseat(laborSpareId_, laborChair_);
  EXPECT_EQ(removed.status, 204) << removed.body;
  EXPECT_FALSE(sits(laborSpareId_));
}

TEST_P(SideAuthority, TheManagementCoChairMayNotUnseatALaborMember) {
  auto r = unseat(laborMemberId_, managementChair_);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_TRUE(sits(laborMemberId_));
}

TEST_P(SideAuthority, TheManagementSuperintendentMayNotSeatOrUnseatLabor) {
  auto added = post(bodyPath_ + "/members", {{"user_id", laborSpareId_}}, &super_);
  EXPECT_EQ(added.status, 403) << added.body;
  EXPECT_FALSE(sits(laborSpareId_));
  auto removed = unseat(laborMemberId_, super_);
  EXPECT_EQ(removed.status, 403) << removed.body;
  EXPECT_TRUE(sits(laborMemberId_));
}

TEST_P(SideAuthority, TheLaborCoChairMayNotUnseatAManagementMember) {
  auto r = unseat(managementMemberId_, laborChair_);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_TRUE(sits(managementMemberId_));
}

TEST_P(SideAuthority, EitherCoChairManagesTheNeutralSeats) {
  EXPECT_EQ(unseat(neutralId_, managementChair_).status, 204);
  EXPECT_FALSE(sits(neutralId_));
  EXPECT_EQ(post(bodyPath_ + "/members", {{"user_id", neutralId_}}, &laborChair_).status, 201);
  EXPECT_TRUE(sits(neutralId_));
}

TEST_P(SideAuthority, TheManagementSuperintendentMayNotChangeTheLaborSeatCount) {
  EXPECT_EQ(patch(bodyPath_, {{"labor_seats", 2}}, &super_).status, 403);
  EXPECT_EQ(get(bodyPath_, &admin_).json()["labor_seats"], 4);
  auto own = patch(bodyPath_, {{"management_seats", 5}}, &super_);
  EXPECT_EQ(own.status, 200) << own.body;
}

TEST_P(SideAuthority, TheManagementSuperintendentMayNotChooseTheLaborSigners) {
  auto r = post(versions(), charter({{"signers", {laborMemberId_, managementChairId_}}}), &super_);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(get(versions(), &admin_).json()["items"].size(), 0u);
}

TEST_P(SideAuthority, TheManagementCoChairMayNotSwapTheLaborSignersOfADraft) {
  auto drafted = post(versions(), charter(), &managementChair_);  // the co-chairs sign by default
  ASSERT_EQ(drafted.status, 201) << drafted.body;
  std::string version = versions() + "/" + std::to_string(drafted.json()["id"].get<long long>());
  auto r = patch(version, {{"signers", {laborMemberId_, managementChairId_}}}, &managementChair_);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(get(version, &admin_).json()["signers"][0]["user_id"], laborChairId_);
  // Its own signers are management's to choose.
  auto own = patch(version, {{"signers", {laborChairId_, managementMemberId_}}}, &managementChair_);
  EXPECT_EQ(own.status, 200) << own.body;
}

TEST_P(SideAuthority, TheUnionPresidentChoosesTheLaborSigners) {
  auto r = post(versions(), charter({{"signers", {laborMemberId_, managementChairId_}}}), &president_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json()["signers"][0]["user_id"], laborMemberId_);
}

TEST_P(SideAuthority, TheManagementSuperintendentMayNotInviteSomeoneOntoTheLaborSide) {
  auto other = invite("plant@example.org", "labor", "union_president", super_);
  EXPECT_EQ(other.status, 403) << other.body;
  EXPECT_EQ(other.json()["error"]["field"], "side");
  EXPECT_FALSE(lastAudit("district.invitation.create"));
  auto own = invite("plant@example.org", "management", "principal", super_);
  EXPECT_EQ(own.status, 201) << own.body;
  EXPECT_EQ(invite("neutral@example.org", "neutral", "facilitator", super_).status, 201);
}

TEST_P(SideAuthority, TheUnionPresidentInvitesALaborMemberButNoManager) {
  EXPECT_EQ(invite("new.teacher@example.org", "labor", "teacher", president_).status, 201);
  EXPECT_EQ(invite("new.principal@example.org", "management", "principal", president_).status, 403);
}

TEST_P(SideAuthority, TheAuditLogNamesWhoChangedASeatAndForWhichSide) {
  ASSERT_EQ(post(bodyPath_ + "/members", {{"user_id", laborSpareId_}}, &laborChair_).status, 201);
  auto added = lastAudit("body.member.add");
  ASSERT_TRUE(added);
  EXPECT_EQ((*added)["actor_id"], laborChairId_);
  EXPECT_EQ((*added)["details"]["user_id"], laborSpareId_);
  EXPECT_EQ((*added)["details"]["acting_for"], "labor");
  EXPECT_EQ((*added)["details"]["acting_as"], "co_chair");

  ASSERT_EQ(unseat(laborSpareId_, president_).status, 204);
  auto removed = lastAudit("body.member.remove");
  ASSERT_TRUE(removed);
  EXPECT_EQ((*removed)["actor_id"], presidentId_);
  EXPECT_EQ((*removed)["details"]["acting_for"], "labor");
  EXPECT_EQ((*removed)["details"]["acting_as"], "leader");

  ASSERT_EQ(post(bodyPath_ + "/co-chairs", {{"user_id", managementMemberId_}}, &super_).status, 200);
  auto chair = lastAudit("body.co_chair.set");
  ASSERT_TRUE(chair);
  EXPECT_EQ((*chair)["actor_id"], superId_);
  EXPECT_EQ((*chair)["details"]["acting_for"], "management");
}

TEST_P(SideAuthority, TheAuditLogNamesWhoInvitedSomeoneOntoASide) {
  ASSERT_EQ(invite("new.teacher@example.org", "labor", "teacher", president_).status, 201);
  auto entry = lastAudit("district.invitation.create");
  ASSERT_TRUE(entry);
  EXPECT_EQ((*entry)["actor_id"], presidentId_);
  EXPECT_EQ((*entry)["details"]["side"], "labor");
  EXPECT_EQ((*entry)["details"]["acting_for"], "labor");
  EXPECT_EQ((*entry)["details"]["acting_as"], "leader");
}

TEST_P(SideAuthority, TheBodyTellsEachCallerWhichSidesTheyMayActFor) {
  auto mine = [&](const Session& as) { return get(bodyPath_, &as).json()["may_act_for"]; };
  EXPECT_EQ(mine(laborChair_), nlohmann::json({"labor", "neutral"}));
  EXPECT_EQ(mine(super_), nlohmann::json({"management", "neutral"}));
  EXPECT_EQ(mine(admin_), nlohmann::json({"labor", "management", "neutral"}));
  EXPECT_EQ(mine(logIn("teacher@example.org")), nlohmann::json::array());
}

}  // namespace
}  // namespace accord::testing
