// One rule for text: what enters is UTF-8 without NUL, or it is refused naming the field; both backends alike.
#include "api_fixture.hpp"

namespace accord::testing {
namespace {

using namespace std::string_literals;

class TextRule : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    addUser("admin@example.org", "Admin", true);
    admin_ = logIn("admin@example.org");
    district_ = createDistrict(admin_, "Harbor Unified");
    base_ = "/api/v1/districts/" + std::to_string(district_);
  }
  HttpResult raw(const std::string& method, const std::string& target, const std::string& body = {}) {
    return sendAs({method, target, {{"Content-Type", "application/json"}}, body}, &admin_);
  }
  std::string districtName() { return get(base_, &admin_).json()["name"]; }

  Session admin_;
  long long district_ = 0;
  std::string base_;
};
ACCORD_ON_EVERY_BACKEND(TextRule);

TEST_P(TextRule, ANulInsideAJsonStringIsRefusedNamingTheFieldAndNothingChanges) {
  auto r = raw("PATCH", base_, R"({"name": "Harbor\u0000Unified"})");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json()["error"]["field"], "name");
  EXPECT_EQ(districtName(), "Harbor Unified");
}

TEST_P(TextRule, ANulDeepInsideABodyIsNamedByItsPath) {
  auto r = raw("POST", base_ + "/practices", R"({"title": "t", "tags": ["fine", "bad\u0000tag"]})");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json()["error"]["field"], "tags[1]");
}

TEST_P(TextRule, BytesThatAreNotUtf8InABodyAreRefused) {
  auto r = raw("PATCH", base_, "{\"name\": \"Harbor \xFF\xFE\"}");
  EXPECT_EQ(r.status, 400) << r.body;
  EXPECT_EQ(r.json()["error"]["field"], "body");
  EXPECT_EQ(districtName(), "Harbor Unified");
}

TEST_P(TextRule, PathParametersAndQueryValuesMustBeText) {
  auto path = raw("PATCH", base_ + "/metrics/%ff%fe", R"({"name": "x"})");
  EXPECT_EQ(path.status, 400) << path.body;
  EXPECT_EQ(path.json()["error"]["field"], "key");
  auto query = get("/api/v1/public/practices?tag=%FF");
  EXPECT_EQ(query.status, 400) << query.body;
  EXPECT_EQ(query.json()["error"]["field"], "tag");
  auto nul = get("/api/v1/public/practices?q=a%00b");
  EXPECT_EQ(nul.status, 400) << nul.body;
  EXPECT_EQ(nul.json()["error"]["field"], "q");
}

TEST_P(TextRule, ALongSearchWordIsCutBetweenCharactersNeverInsideOne) {
  std::string word;
  for (int i = 0; i < 80; ++i) word += "%C3%A9";  // "é" eighty times: 160 bytes, cut near 100
  auto r = get("/api/v1/public/practices?q=" + word);
  EXPECT_EQ(r.status, 200) << r.body;
  auto odd = get("/api/v1/public/practices?q=x" + word);  // the cut would fall inside a character
  EXPECT_EQ(odd.status, 200) << odd.body;
}

}  // namespace
}  // namespace accord::testing
