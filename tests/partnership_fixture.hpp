#pragma once
// A district with one joint body and a cast of people around it, shared by the issue, decision
// and caucus scenario tests: two labor and two management members, a labor alternate, a neutral
// facilitator, a district member outside the body, and the leader of another district.
#include <string>

#include "api_fixture.hpp"
#include "common/clock.hpp"

namespace accord::testing {

class PartnershipApi : public ApiTest {
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
                   {"labor_seats", 3},
                   {"management_seats", 3},
                   {"rule", "consensus"},
                   {"quorum_per_side", 2},
                   {"fallback", "The superintendent decides after hearing both sides."},
                   // Any member moves an issue on here; IssueApi shows the both_sides rule.
                   {"advance_rule", "any_member"}},
                  &super_);
    ASSERT_EQ(r.status, 201) << r.body;
    body_ = r.json()["id"].get<long long>();
    labor_ = seat("labor@example.org", "labor", "union_president", "member");
    labor2_ = seat("labor2@example.org", "labor", "teacher", "member");
    alternate_ = seat("alternate@example.org", "labor", "teacher", "alternate");
    management_ = seat("management@example.org", "management", "principal", "member");
    management2_ = seat("management2@example.org", "management", "principal", "member");
    neutral_ = seat("neutral@example.org", "neutral", "facilitator", "member");
    outsiderId_ = addUser("outsider@example.org", "outsider");
    addMember(district_, outsiderId_, "labor", "teacher");
    outsider_ = logIn("outsider@example.org");
    addUser("other@example.org", "Other Admin", true);
    other_ = logIn("other@example.org");
    otherDistrict_ = createDistrict(other_, "Valley Unified");
  }

  Session seat(const std::string& email, const std::string& side, const std::string& role, const std::string& seat) {
    long long id = addUser(email, email.substr(0, email.find('@')));
    addMember(district_, id, side, role);
    auto r = post(base_ + "/bodies/" + std::to_string(body_) + "/members", {{"user_id", id}, {"seat", seat}},
                  &super_);
    EXPECT_EQ(r.status, 201) << r.body;
    Session s = logIn(email);
    s.userId = id;
    return s;
  }

  void setRule(const nlohmann::json& rule) {
    auto r = patch(base_ + "/bodies/" + std::to_string(body_), rule, &super_);
    ASSERT_EQ(r.status, 200) << r.body;
  }

  long long raiseIssue(const Session& as, const nlohmann::json& extra = nlohmann::json::object()) {
    nlohmann::json body = {{"body_id", body_},
                           {"title", "Class size in grade 3"},
                           {"description", "Classes are over 30."},
                           {"references", {"Article 12.3", "MOU 2024-2"}}};
    body.update(extra);
    auto r = post(base_ + "/issues", body, &as);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }

  // Proposes and closes a decision: adopted when nobody blocks. It then enters the decision log.
  long long decide(const std::string& title, bool block = false) {
    auto r = post(base_ + "/decisions",
                  {{"body_id", body_}, {"title", title}, {"text", "As discussed."}, {"deadline", nowSeconds() + 600}},
                  &labor_);
    EXPECT_EQ(r.status, 201) << r.body;
    long long id = r.json().value("id", 0LL);
    std::string path = base_ + "/decisions/" + std::to_string(id) + "/stances";
    for (const Session* who : {&labor_, &labor2_, &management_}) post(path, {{"stance", "agree"}}, who);
    auto last = post(path, {{"stance", block ? "block" : "agree"}}, &management2_);
    EXPECT_EQ(last.json()["status"], block ? "no_consent" : "adopted") << last.body;
    return id;
  }

  // A meeting of the body on 2026-01-05.
  long long meeting() {
    std::string meetings = base_ + "/bodies/" + std::to_string(body_) + "/meetings";
    auto series = post(meetings + "/series",
                       {{"start", "2026-01-05T16:00"}, {"duration_minutes", 60}, {"frequency", "once"}}, &super_);
    EXPECT_EQ(series.status, 201) << series.body;
    auto r = post(meetings, {{"series_id", series.json().value("id", 0LL)}, {"date", "2026-01-05"}}, &super_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }

  std::string issuePath(long long issue) const { return base_ + "/issues/" + std::to_string(issue); }

  HttpResult del(const std::string& target, const Session* as) { return sendAs({"DELETE", target, {}, {}}, as); }

  Session super_, labor_, labor2_, alternate_, management_, management2_, neutral_, outsider_, other_;
  long long outsiderId_ = 0;
  long long district_ = 0, otherDistrict_ = 0, body_ = 0;
  std::string base_;
};

}  // namespace accord::testing
