// The partnership analysis: outcome growth across schools against the climate survey's
// partnership area, controlling for low-income %, on data whose answer is known.
#include <cmath>

#include "api_fixture.hpp"
#include "common/calendar_date.hpp"

namespace accord::testing {
namespace {

using nlohmann::json;

constexpr int kSchools = 8;
constexpr int kRespondentsPerSchool = 3;

class AnalysisApi : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    addUser("super@example.org", "Superintendent", true);
    super_ = logIn("super@example.org");
    district_ = createDistrict(super_, "Harbor Unified", "management", "superintendent");
    base_ = "/api/v1/districts/" + std::to_string(district_);
  }

  long long school(const std::string& name) {
    auto r = post(base_ + "/schools", {{"name", name}, {"level", "elementary"}}, &super_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }
  void value(long long schoolId, int year, double v) {
    auto r = post(base_ + "/metric-values",
                  {{"metric", "ela_met"}, {"year", year}, {"scope", "school"}, {"school_id", schoolId}, {"value", v}},
                  &super_);
    EXPECT_TRUE(r.status == 200 || r.status == 201) << r.body;
  }
  // The keys of the partnership area's items in the district's instrument.
  std::vector<std::string> partnershipItems() {
    auto instrument = get(base_ + "/survey-instrument", &super_).json();
    std::vector<std::string> keys;
    for (const auto& area : instrument["areas"])
      if (area["key"] == "partnership")
        for (const auto& item : area["items"]) keys.push_back(item["key"]);
    return keys;
  }

  Session super_;
  long long district_ = 0;
  std::string base_;
};
ACCORD_ON_EVERY_BACKEND(AnalysisApi);

TEST_P(AnalysisApi, RecoversHowGrowthFollowsThePartnershipControllingForPoverty) {
  // growth = 1 + 2·partnership − 0.05·low_income + a little noise.
  const double partnership[kSchools] = {2, 3, 4, 5, 2, 3, 4, 5};
  const double lowIncome[kSchools] = {80, 70, 60, 50, 45, 30, 20, 10};
  const double noise[kSchools] = {0.3, -0.2, 0.1, -0.3, 0.2, -0.1, 0.25, -0.25};
  std::vector<std::string> names;
  for (int i = 0; i < kSchools; ++i) {
    names.push_back("School " + std::to_string(i + 1));
    long long id = school(names.back());
    value(id, 2020, 40);
    value(id, 2024, 40 + 1 + 2 * partnership[i] - 0.05 * lowIncome[i] + noise[i]);
    ASSERT_EQ(post(base_ + "/demographics", {{"year", 2024}, {"school_id", id}, {"low_income_pct", lowIncome[i]}},
                   &super_)
                  .status / 100,
              2);
  }
  school("School without data");

  // Before any survey there is nothing to relate growth to.
  auto early = get(base_ + "/analysis?metric=ela_met&from=2020&to=2024", &super_);
  ASSERT_EQ(early.status, 200) << early.body;
  EXPECT_TRUE(early.json()["model"].is_null());
  EXPECT_TRUE(early.json()["not_fitted"].is_string());

  std::string today = isoDateOf(nowSeconds());
  auto window = post(base_ + "/survey-windows",
                     {{"year", std::stoi(today.substr(0, 4))},
                      {"opens_on", today},
                      {"closes_on", today},
                      {"min_group_size", 3},
                      {"schools", names},
                      {"surveys", {"climate"}}},
                     &super_);
  ASSERT_EQ(window.status, 201) << window.body;
  std::string responses = base_ + "/survey-windows/" + std::to_string(window.json()["id"].get<long long>());
  auto items = partnershipItems();
  ASSERT_FALSE(items.empty());
  for (int i = 0; i < kSchools; ++i) {
    for (int r = 0; r < kRespondentsPerSchool; ++r) {
      std::string email = "teacher" + std::to_string(i) + "_" + std::to_string(r) + "@example.org";
      addMember(district_, addUser(email, email), "labor", "teacher");
      Session teacher = logIn(email);
      json answers = json::object();
      for (const auto& key : items) answers[key] = static_cast<int>(partnership[i]);
      auto answered = post(responses + "/climate-responses", {{"school", names[i]}, {"answers", answers}}, &teacher);
      ASSERT_EQ(answered.status / 100, 2) << answered.body;
    }
  }
  // While the window is open its answers are nobody's to analyse, the superintendent's no more than anyone's.
  std::string windowQuery = "&window=" + std::to_string(window.json()["id"].get<long long>());
  auto open = get(base_ + "/analysis?metric=ela_met&from=2020&to=2024" + windowQuery, &super_);
  ASSERT_EQ(open.status, 200) << open.body;
  EXPECT_TRUE(open.json()["model"].is_null()) << open.body;
  EXPECT_TRUE(open.json()["window_id"].is_null()) << open.body;
  json schools = open.json()["schools"];  // a copy: the parsed body is a temporary
  for (const auto& school : schools) EXPECT_TRUE(school["partnership_score"].is_null()) << school.dump();
  ASSERT_EQ(post(responses + "/close", json::object(), &super_).status, 200);

  auto r = get(base_ + "/analysis?metric=ela_met&from=2020&to=2024", &super_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto a = r.json();
  ASSERT_FALSE(a["model"].is_null()) << a.dump();
  EXPECT_EQ(a["model"]["n"], kSchools);
  EXPECT_EQ(a["window_id"], window.json()["id"]);
  std::map<std::string, json> terms;
  for (const auto& t : a["model"]["terms"]) terms[t["name"]] = t;
  EXPECT_NEAR(terms["partnership_score"]["coefficient"].get<double>(), 2.0, 0.4) << a.dump();
  EXPECT_NEAR(terms["low_income_pct"]["coefficient"].get<double>(), -0.05, 0.03) << a.dump();
  EXPECT_GT(a["model"]["r_squared"].get<double>(), 0.9);
  EXPECT_EQ(a["model"]["caveat"]["codes"][0], "correlation_not_causation");
  EXPECT_FALSE(a["model"]["caveat"]["es"].get<std::string>().empty());
  json last = a["schools"].back();
  EXPECT_EQ(last["name"], "School without data");
  EXPECT_EQ(last["excluded"], "growth");
}

TEST_P(AnalysisApi, BadQuestionsAreRefusedNamingTheField) {
  EXPECT_EQ(get(base_ + "/analysis?metric=no_such_metric", &super_).status, 404);
  auto backwards = get(base_ + "/analysis?from=2024&to=2020", &super_);
  EXPECT_EQ(backwards.status, 400);
  EXPECT_EQ(backwards.json()["error"]["field"], "from");
  auto future = get(base_ + "/analysis?to=2999", &super_);
  EXPECT_EQ(future.json()["error"]["field"], "to");
  EXPECT_EQ(get(base_ + "/analysis?window=abc", &super_).json()["error"]["field"], "window");
  EXPECT_EQ(get(base_ + "/analysis?window=999999", &super_).status, 404);
}

TEST_P(AnalysisApi, IsConfinedToTheDistrict) {
  addUser("other@example.org", "Other", true);
  Session other = logIn("other@example.org");
  createDistrict(other, "Valley Unified");
  EXPECT_EQ(get(base_ + "/analysis", &other).status, 404);
  EXPECT_EQ(get(base_ + "/analysis").status, 401);
  EXPECT_EQ(get(base_ + "/analysis", &super_).status, 200);
}

}  // namespace
}  // namespace accord::testing
