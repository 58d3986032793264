#pragma once
// The partnership's district, ready for surveys: the labor co-chair of the district committee is
// labor_ (also the union president), its management co-chair management2_; more members can be
// added on either side, and windows opened for any year, open today.
#include <string>

#include "common/calendar_date.hpp"
#include "common/clock.hpp"
#include "partnership_fixture.hpp"

namespace accord::testing {

class SurveyApi : public PartnershipApi {
 protected:
  void SetUp() override {
    PartnershipApi::SetUp();
    if (IsSkipped() || HasFailure()) return;
    for (const Session* chair : {&labor_, &management2_}) {
      auto r = post(base_ + "/bodies/" + std::to_string(body_) + "/co-chairs", {{"user_id", chair->userId}}, &super_);
      ASSERT_EQ(r.status, 200) << r.body;
    }
  }

  // A member of the district who sits on no body.
  Session member(const std::string& email, const std::string& side, const std::string& role = "teacher") {
    long long id = addUser(email, email.substr(0, email.find('@')));
    addMember(district_, id, side, role);
    Session s = logIn(email);
    s.userId = id;
    return s;
  }

  static std::string dayFromToday(int days) { return isoDateOf(nowSeconds() + days * 86400LL); }

  std::string windows() const { return base_ + "/survey-windows"; }
  std::string window(long long id) const { return windows() + "/" + std::to_string(id); }

  nlohmann::json windowBody(int year, const nlohmann::json& extra = nlohmann::json::object()) const {
    nlohmann::json body = {{"year", year},
                           {"opens_on", dayFromToday(0)},
                           {"closes_on", dayFromToday(14)},
                           {"schools", {"Lincoln Elementary", "Roosevelt Middle"}}};
    body.update(extra);
    return body;
  }

  long long openWindow(int year, const nlohmann::json& extra = nlohmann::json::object()) {
    auto r = post(windows(), windowBody(year, extra), &super_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }

  void closeWindow(long long id) {
    auto r = post(window(id) + "/close", nlohmann::json::object(), &super_);
    ASSERT_EQ(r.status, 200) << r.body;
  }
};

}  // namespace accord::testing
