#include "http/router.hpp"

#include <gtest/gtest.h>

namespace accord::http {
namespace {

Handler answer(int status) {
  return [status](Request&) -> Result<Response> {
    Response r;
    r.status = status;
    return r;
  };
}

Request request(std::string method, std::string path) {
  Request r;
  r.method = std::move(method);
  r.path = std::move(path);
  return r;
}

TEST(Router, CapturesNamedSegments) {
  Router router;
  router.add("GET", "/api/v1/districts/{district}/memberships", Access::kSession, answer(200));
  auto req = request("GET", "/api/v1/districts/42/memberships");
  auto match = router.match(req);
  ASSERT_NE(match.route, nullptr);
  EXPECT_EQ(req.params.at("district"), "42");
}

TEST(Router, DistinguishesAnUnknownPathFromAWrongMethod) {
  Router router;
  router.add("GET", "/api/v1/me", Access::kSession, answer(200));
  auto post = request("POST", "/api/v1/me");
  auto wrongMethod = router.match(post);
  EXPECT_EQ(wrongMethod.route, nullptr);
  EXPECT_TRUE(wrongMethod.pathKnown);
  auto other = request("GET", "/api/v1/nothing");
  EXPECT_FALSE(router.match(other).pathKnown);
}

TEST(Router, AnswersHeadWithTheGetRoute) {
  Router router;
  router.add("GET", "/healthz", Access::kPublic, answer(200));
  auto head = request("HEAD", "/healthz");
  EXPECT_NE(router.match(head).route, nullptr);
}

TEST(Router, DoesNotMatchPathsOfAnotherLength) {
  Router router;
  router.add("GET", "/api/v1/districts/{district}", Access::kSession, answer(200));
  auto longer = request("GET", "/api/v1/districts/1/extra");
  EXPECT_EQ(router.match(longer).route, nullptr);
}

TEST(Router, CapturesASegmentBeforeItsFixedEnding) {
  Router router;
  router.add("GET", "/api/v1/calendar/{token}.ics", Access::kPublic, answer(200));
  auto req = request("GET", "/api/v1/calendar/abc-123.ics");
  ASSERT_NE(router.match(req).route, nullptr);
  EXPECT_EQ(req.params.at("token"), "abc-123");
  for (const char* other : {"/api/v1/calendar/abc-123", "/api/v1/calendar/.ics", "/api/v1/calendar/abc.ics/x"}) {
    auto miss = request("GET", other);
    EXPECT_EQ(router.match(miss).route, nullptr) << other;
  }
}

TEST(Router, EveryRouteIsLoggedAsItsPattern) {
  Router router;
  router.add("GET", "/api/v1/calendar/{token}.ics", Access::kPublic, answer(200));
  router.add("GET", "/api/v1/districts/{district}", Access::kSession, answer(200));
  auto secret = request("POST", "/api/v1/calendar/s3cret.ics");
  router.match(secret);
  EXPECT_EQ(secret.loggedPath, "/api/v1/calendar/{token}.ics");
  auto plain = request("GET", "/api/v1/districts/4");
  router.match(plain);
  EXPECT_EQ(plain.loggedPath, "/api/v1/districts/{district}");
}

}  // namespace
}  // namespace accord::http
