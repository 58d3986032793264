// An id tells a stranger nothing. Every route of a district answers a member of another district the
// same whether its ids name something of that district or nothing at all, and a district's own routes
// answer an id of another district as they answer an id of nothing: neither the answer's status nor
// its words show which ids exist, how many issues a district has or when it raised them. Inside a district, a
// confidential issue answers a member outside its body in the same way.
#include <map>

#include "api_fixture.hpp"
#include "domain/demo/load_demo.hpp"

namespace accord::testing {
namespace {

class OutsiderApi : public ApiTest {
 protected:
  // The demo partnership is district 1 and holds the first row of every kind; the outsider leads a
  // district of their own.
  void SetUp() override {
    ApiTest::SetUp();
    domain::DemoOptions options;
    options.network = false;
    auto demo = domain::loadDemo(*store_, nowSeconds(), options);
    ASSERT_TRUE(demo.ok()) << demo.error().message;
    ASSERT_EQ(demo->districtId, 1);
    addUser("outsider@example.org", "Outsider", true);
    outsider_ = logIn("outsider@example.org");
    ownDistrict_ = createDistrict(outsider_, "Valley Unified");
    // What the demo has none of yet: a comment and a communication, written as the demo's co-chair would.
    maria_ = logIn("superintendent@demo.accord.example", domain::kDemoPassword);
    ASSERT_EQ(post("/api/v1/districts/1/comments",
                   {{"subject_type", "issue"}, {"subject_id", 1}, {"text", "Grade 3 first?"}}, &maria_).status, 201);
    ASSERT_EQ(post("/api/v1/districts/1/communications",
                   {{"body_id", 1}, {"title", "The school calendar"}, {"text", "The year starts on August 20."}},
                   &maria_).status, 201);
    // The ids probed below are the demo's own: without these, the test would compare two ids of nothing.
    auto sql = rawSession();
    for (const char* table : {"bodies", "issues", "decisions", "meetings", "meeting_series", "action_items",
                              "comments", "communications", "schools", "charter_versions"}) {
      long long district = 0;
      *sql << "SELECT district_id FROM " << table << " WHERE id = 1", soci::into(district);
      ASSERT_EQ(district, 1) << table;
    }
  }

  // The route's path with `district` for {district} and `id` for every id in it; the parameters that
  // are not ids (a year, a metric's key) are the same in every probe.
  static std::string fill(const std::string& pattern, long long district, const std::string& id) {
    static const std::map<std::string, std::string> fixed = {
        {"year", "2024"}, {"key", "attendance"}, {"token", "x"}};
    std::string out;
    for (std::size_t i = 0; i < pattern.size();) {
      if (pattern[i] != '{') {
        out += pattern[i++];
        continue;
      }
      std::size_t end = pattern.find('}', i);
      std::string name = pattern.substr(i + 1, end - i - 1);
      auto f = fixed.find(name);
      out += name == "district" ? std::to_string(district) : f != fixed.end() ? f->second : id;
      i = end + 1;
    }
    return out;
  }

  HttpResult call(const Session& who, const std::string& method, const std::string& target) {
    if (method == "GET") return get(target, &who);
    return sendAs({method, target, {{"Content-Type", "application/json"}}, "{}"}, &who);
  }

  // Every route whose path names `param` (a district's routes, or with `ofDistrict` false the others),
  // asked by `who` with `id` for every id in it and with an id of nothing: the two answers must be the same.
  void expectIdsTellNothing(const Session& who, long long district, long long id, const std::string& param,
                            bool ofDistrict = true) {
    int probed = 0;
    for (const auto& route : app_->router().routes()) {
      const std::string& pattern = route.pattern;
      if ((pattern.rfind("/api/v1/districts/{district}/", 0) == 0) != ofDistrict) continue;
      if (pattern.find("{" + param + "}") == std::string::npos) continue;
      auto some = call(who, route.method, fill(pattern, district, std::to_string(id)));
      auto none = call(who, route.method, fill(pattern, district, "987654"));
      ++probed;
      EXPECT_EQ(some.status, none.status) << route.method << " " << pattern << "\n" << some.body << "\n" << none.body;
      EXPECT_EQ(some.body, none.body) << route.method << " " << pattern;
      EXPECT_LT(some.status, 500) << route.method << " " << pattern << " " << some.body;
    }
    EXPECT_GT(probed, 0) << param;
  }
  // The same for every route with an id of any kind in its path.
  void expectIdsTellNothing(const Session& who, long long district) {
    for (const char* param : {"body", "issue", "decision", "meeting", "series", "item", "comment", "communication",
                              "school", "window", "version", "user", "import", "practice", "value"})
      expectIdsTellNothing(who, district, 1, param);
  }

  Session outsider_;
  Session maria_;  // the demo's superintendent, management co-chair of its committee (body 1)
  long long ownDistrict_ = 0;
};
ACCORD_ON_EVERY_BACKEND(OutsiderApi);

TEST_P(OutsiderApi, AnIdOfADistrictTellsAMemberOfAnotherNothing) { expectIdsTellNothing(outsider_, 1); }

TEST_P(OutsiderApi, AnIdOfAnotherDistrictAnswersInOnesOwnAsAnIdOfNothing) {
  expectIdsTellNothing(outsider_, ownDistrict_);
}

// Inside the district too: a confidential issue exists only for the members of its body.
TEST_P(OutsiderApi, AConfidentialIssueTellsAMemberOutsideItsBodyNothing) {
  auto raised = post("/api/v1/districts/1/issues",
                     {{"body_id", 1}, {"title", "A personnel matter"}, {"confidential", true}}, &maria_);
  ASSERT_EQ(raised.status, 201) << raised.body;
  long long issue = raised.json()["id"].get<long long>();
  long long pat = addUser("pat@example.org", "Pat");
  addMember(1, pat, "labor", "teacher");
  auto patSession = logIn("pat@example.org");
  ASSERT_EQ(get("/api/v1/districts/1/issues/" + std::to_string(issue), &maria_).status, 200);
  expectIdsTellNothing(patSession, 1, issue, "issue");
}

// Outside the districts too: someone else's draft practice, invitation or notification answers like an id
// of nothing.
TEST_P(OutsiderApi, AnotherPersonsDraftInvitationOrNotificationTellsNothing) {
  auto draft = post("/api/v1/districts/1/practices", {{"title", "Shared budget review"}}, &maria_);
  ASSERT_EQ(draft.status, 201) << draft.body;
  auto invited = post("/api/v1/districts/1/invitations",
                      {{"email", "pat@example.org"}, {"name", "Pat"}, {"side", "management"}, {"role", "member"}},
                      &maria_);
  ASSERT_EQ(invited.status, 201) << invited.body;
  long long notification = 0;
  *rawSession() << "SELECT MIN(id) FROM notifications WHERE user_id = " << maria_.userId, soci::into(notification);
  ASSERT_GT(notification, 0);
  expectIdsTellNothing(outsider_, 0, draft.json()["id"].get<long long>(), "practice", false);
  expectIdsTellNothing(outsider_, 0, invited.json()["id"].get<long long>(), "invitation", false);
  expectIdsTellNothing(outsider_, 0, notification, "notification", false);
}

}  // namespace
}  // namespace accord::testing
