// Answers travel compressed when the client accepts it, and a client that holds an answer gets 304,
// but only after the same checks as the answer itself.
#include "outcome_fixture.hpp"

namespace accord::testing {
namespace {

class RepresentationApi : public OutcomeApi {
 protected:
  HttpResult getWith(const std::string& target, std::vector<std::pair<std::string, std::string>> headers,
                     const Session* as) {
    return sendAs({"GET", target, std::move(headers), {}}, as);
  }
  // Enough values that the outcomes answer is worth compressing.
  void fillOutcomes() {
    for (int year = thisYear_ - 14; year <= thisYear_; ++year)
      for (const char* metric : {"ela_met", "math_met"}) {
        auto r = setValue({{"metric", metric}, {"year", year}, {"value", 40.5 + year % 7}});
        ASSERT_EQ(r.status, 201) << r.body;
      }
  }
};

TEST_P(RepresentationApi, ALargeAnswerIsCompressedAsTheClientAccepts) {
  fillOutcomes();
  std::string path = base_ + "/outcomes";
  auto plain = get(path, &super_);
  ASSERT_EQ(plain.status, 200);
  ASSERT_GT(plain.body.size(), 1024u);
  EXPECT_EQ(plain.header("content-encoding"), "");
  EXPECT_EQ(plain.header("vary"), "Accept-Encoding");

  auto br = getWith(path, {{"Accept-Encoding", "gzip, deflate, br"}}, &super_);
  ASSERT_EQ(br.status, 200);
  EXPECT_EQ(br.header("content-encoding"), "br");
  EXPECT_LT(br.body.size(), plain.body.size() / 3);
  EXPECT_EQ(br.decodedBody(), plain.body);

  auto gz = getWith(path, {{"Accept-Encoding", "gzip"}}, &super_);
  EXPECT_EQ(gz.header("content-encoding"), "gzip");
  EXPECT_EQ(gz.decodedBody(), plain.body);

  auto refused = getWith(path, {{"Accept-Encoding", "br;q=0, gzip;q=0"}}, &super_);
  EXPECT_EQ(refused.header("content-encoding"), "");
  EXPECT_EQ(refused.body, plain.body);

  auto openapi = getWith("/api/v1/openapi.json", {{"Accept-Encoding", "br"}}, nullptr);
  EXPECT_EQ(openapi.header("content-encoding"), "br");
  EXPECT_EQ(nlohmann::json::parse(openapi.decodedBody())["openapi"].get<std::string>().substr(0, 2), "3.");
}

TEST_P(RepresentationApi, AnAnswerTheClientHoldsIsNotSentAgainUntilItChanges) {
  fillOutcomes();
  std::string path = base_ + "/outcomes";
  auto first = get(path, &super_);
  std::string etag = first.header("etag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(first.header("cache-control"), "private, no-cache");

  auto again = getWith(path, {{"If-None-Match", etag}, {"Accept-Encoding", "br"}}, &super_);
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(again.header("etag"), etag);

  ASSERT_EQ(setValue({{"metric", "ela_met"}, {"year", thisYear_}, {"value", 99.5}}).status, 200);  // replaced
  auto changed = getWith(path, {{"If-None-Match", etag}}, &super_);
  EXPECT_EQ(changed.status, 200);
  EXPECT_NE(changed.header("etag"), etag);
}

TEST_P(RepresentationApi, AHeldAnswerIsConfirmedOnlyToWhoMayReadIt) {
  fillOutcomes();
  std::string path = base_ + "/outcomes";
  std::string etag = get(path, &super_).header("etag");
  ASSERT_FALSE(etag.empty());
  // Another district's leader, or nobody, holding the tag learns nothing from a 304.
  EXPECT_EQ(getWith(path, {{"If-None-Match", etag}}, &other_).status, 404);
  EXPECT_EQ(getWith(path, {{"If-None-Match", etag}}, nullptr).status, 401);
  EXPECT_EQ(getWith(path, {{"If-None-Match", "*"}}, &other_).status, 404);
}

TEST_P(RepresentationApi, ConfidentialAnswersAreNeverKeptByTheBrowser) {
  long long issue = raiseIssue(labor_, {{"confidential", true}});
  auto r = get(issuePath(issue), &labor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("cache-control"), "no-store");
  auto notes = get(base_ + "/caucus-notes?subject_type=issue&subject_id=" + std::to_string(issue), &labor_);
  ASSERT_EQ(notes.status, 200) << notes.body;
  EXPECT_EQ(notes.header("cache-control"), "no-store");
}

ACCORD_ON_EVERY_BACKEND(RepresentationApi);

}  // namespace
}  // namespace accord::testing
