// Behind a reverse proxy every client arrives from the proxy's address: the sign-in throttle must
// count each client's own address (from a trusted proxy's X-Forwarded-For), and never believe
// an X-Forwarded-For that a client wrote itself.
#include "api_fixture.hpp"

namespace accord::testing {
namespace {

class ProxyApi : public ApiTest {
 protected:
  HttpResult logInFrom(const std::string& forwardedFor, const std::string& email, const std::string& password) {
    return sendAs({"POST",
                   "/api/v1/auth/login",
                   {{"Content-Type", "application/json"}, {"X-Forwarded-For", forwardedFor}},
                   nlohmann::json{{"email", email}, {"password", password}}.dump()},
                  nullptr);
  }
};
ACCORD_ON_EVERY_BACKEND(ProxyApi);

TEST_P(ProxyApi, BehindATrustedProxyOneClientsFailuresDoNotLockOutTheOthers) {
  startServer([](Config& c) {
    c.loginMaxFailures = 3;
    c.trustedProxies = {"127.0.0.1"};
  });
  addUser("pat@example.org", "Pat Lee");
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(logInFrom("203.0.113.7", "guess" + std::to_string(i) + "@example.org", "wrong pass").status, 401);
  EXPECT_EQ(logInFrom("203.0.113.7", "pat@example.org", kPassword).status, 429);
  // Another person behind the same proxy signs in.
  EXPECT_EQ(logInFrom("198.51.100.20", "pat@example.org", kPassword).status, 200);
}

TEST_P(ProxyApi, AClientCannotEscapeTheThrottleWithAForwardedForOfItsOwn) {
  startServer([](Config& c) { c.loginMaxFailures = 3; });  // no proxy trusted
  addUser("pat@example.org", "Pat Lee");
  for (int i = 0; i < 3; ++i)
    logInFrom("203.0.113." + std::to_string(i), "guess" + std::to_string(i) + "@example.org", "wrong pass");
  EXPECT_EQ(logInFrom("198.51.100.99", "pat@example.org", kPassword).status, 429);
}

TEST_P(ProxyApi, ATrustedProxysForwardedForIsReadFromItsEnd) {
  startServer([](Config& c) {
    c.loginMaxFailures = 3;
    c.trustedProxies = {"127.0.0.1"};
  });
  addUser("pat@example.org", "Pat Lee");
  // The client forges a first entry each time; the proxy appends the address it really saw.
  for (int i = 0; i < 3; ++i)
    logInFrom("10.9.9." + std::to_string(i) + ", 203.0.113.7", "guess" + std::to_string(i) + "@example.org",
              "wrong pass");
  EXPECT_EQ(logInFrom("10.9.9.200, 203.0.113.7", "pat@example.org", kPassword).status, 429);
}

}  // namespace
}  // namespace accord::testing
