// Signing in and out, sessions, CSRF, throttling, passwords and invitations.
#include <algorithm>
#include <chrono>
#include <thread>
#include <vector>

#include "api_fixture.hpp"

namespace accord::testing {
namespace {

class AuthApi : public ApiTest {};
ACCORD_ON_EVERY_BACKEND(AuthApi);

TEST_P(AuthApi, LogInSetsAHardenedCookieAndReturnsTheCsrfToken) {
  addUser("Pat@Example.org", "Pat Lee");
  auto r = post("/api/v1/auth/login", {{"email", "pat@example.org"}, {"password", kPassword}});
  ASSERT_EQ(r.status, 200) << r.body;
  std::string cookie = r.header("set-cookie");
  EXPECT_EQ(cookie.rfind("accord_session=", 0), 0u);
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);
  auto body = r.json();
  EXPECT_EQ(body["user"]["email"], "pat@example.org");
  EXPECT_EQ(body["csrf_token"].get<std::string>().size(), 43u);
  EXPECT_FALSE(body["user"].contains("password_hash"));
}

TEST_P(AuthApi, EmailIsCaseInsensitiveAndUnique) {
  addUser("sam@example.org", "Sam");
  domain::NewUser again{"SAM@example.org", "Sam Again", "en", false, kPassword};
  auto duplicate = domain::addUser(*store_, again, nowSeconds());
  ASSERT_FALSE(duplicate.ok());
  EXPECT_EQ(duplicate.error().code, ErrorCode::kConflict);
  EXPECT_EQ(duplicate.error().field, "email");
  EXPECT_EQ(logIn("SAM@EXAMPLE.ORG").cookie.empty(), false);
}

TEST_P(AuthApi, SecureCookieWhenConfigured) {
  startServer([](Config& c) { c.cookieSecure = true; });
  addUser("pat@example.org", "Pat Lee");
  auto r = post("/api/v1/auth/login", {{"email", "pat@example.org"}, {"password", kPassword}});
  EXPECT_NE(r.header("set-cookie").find("; Secure"), std::string::npos);
}

TEST_P(AuthApi, WrongPasswordAndUnknownEmailGetTheSameAnswer) {
  addUser("pat@example.org", "Pat Lee");
  auto wrong = post("/api/v1/auth/login", {{"email", "pat@example.org"}, {"password", "not the password"}});
  auto unknown = post("/api/v1/auth/login", {{"email", "nobody@example.org"}, {"password", "not the password"}});
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong.json()["error"], unknown.json()["error"]);
  EXPECT_TRUE(wrong.header("set-cookie").empty());
}

TEST_P(AuthApi, LogInNamesTheMissingField) {
  auto r = post("/api/v1/auth/login", {{"email", "pat@example.org"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["error"]["field"], "password");
  auto wrongType = post("/api/v1/auth/login", {{"email", 12}, {"password", "x"}});
  EXPECT_EQ(wrongType.status, 400);
  EXPECT_EQ(wrongType.json()["error"]["field"], "email");
}

TEST_P(AuthApi, MeNeedsASession) {
  EXPECT_EQ(get("/api/v1/me").status, 401);
  Session forged{"accord_session=not-a-real-token", "x", 0};
  EXPECT_EQ(get("/api/v1/me", &forged).status, 401);
}

TEST_P(AuthApi, MeReturnsTheSignedInPerson) {
  addUser("pat@example.org", "Pat Lee");
  auto session = logIn("pat@example.org");
  auto r = get("/api/v1/me", &session);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["user"]["name"], "Pat Lee");
  EXPECT_EQ(r.json()["csrf_token"], session.csrf);
}

TEST_P(AuthApi, ThrottlesAnAccountAfterTenFailures) {
  addUser("pat@example.org", "Pat Lee");
  for (int i = 0; i < 10; ++i)
    ASSERT_EQ(post("/api/v1/auth/login", {{"email", "pat@example.org"}, {"password", "wrong password"}}).status, 401);
  auto blocked = post("/api/v1/auth/login", {{"email", "pat@example.org"}, {"password", kPassword}});
  EXPECT_EQ(blocked.status, 429);
  EXPECT_EQ(blocked.json()["error"]["code"], "too_many_requests");
}

TEST_P(AuthApi, ThrottlesAnAddressTryingManyAccounts) {
  startServer([](Config& c) { c.loginMaxFailures = 3; });
  addUser("pat@example.org", "Pat Lee");
  for (int i = 0; i < 3; ++i)
    post("/api/v1/auth/login", {{"email", "guess" + std::to_string(i) + "@example.org"}, {"password", "wrong pass"}});
  EXPECT_EQ(post("/api/v1/auth/login", {{"email", "pat@example.org"}, {"password", kPassword}}).status, 429);
}

TEST_P(AuthApi, ASuccessfulLogInClearsTheAccountsFailures) {
  startServer([](Config& c) { c.loginMaxFailures = 3; });
  addUser("pat@example.org", "Pat Lee");
  for (int i = 0; i < 2; ++i) post("/api/v1/auth/login", {{"email", "pat@example.org"}, {"password", "wrong pass"}});
  logIn("pat@example.org");
  // The address keeps its two failures, so one more wrong attempt is still allowed.
  EXPECT_EQ(post("/api/v1/auth/login", {{"email", "pat@example.org"}, {"password", "wrong pass"}}).status, 401);
}

TEST_P(AuthApi, ConcurrentWrongPasswordsNeverPassTheLimit) {
  startServer([](Config& c) { c.loginMaxFailures = 5; });
  addUser("pat@example.org", "Pat Lee");
  std::vector<int> statuses(30);
  std::vector<std::thread> guessers;
  for (std::size_t i = 0; i < statuses.size(); ++i)
    guessers.emplace_back([&, i] {
      statuses[i] =
          post("/api/v1/auth/login", {{"email", "pat@example.org"}, {"password", "wrong " + std::to_string(i)}}).status;
    });
  for (auto& g : guessers) g.join();
  // Only a guess that reached verification is answered 401.
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 401), 5);
  EXPECT_EQ(std::count(statuses.begin(), statuses.end(), 429), 25);
  EXPECT_EQ(post("/api/v1/auth/login", {{"email", "pat@example.org"}, {"password", kPassword}}).status, 429);
}

TEST_P(AuthApi, PasswordChangeGuessesCountAgainstTheSignInThrottle) {
  startServer([](Config& c) { c.loginMaxFailures = 3; });
  addUser("pat@example.org", "Pat Lee");
  auto s = logIn("pat@example.org");
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(post("/api/v1/me/password", {{"current_password", "guess " + std::to_string(i)},
                                           {"new_password", "a brand new secret"}},
                   &s)
                  .status,
              400);
  auto blocked =
      post("/api/v1/me/password", {{"current_password", kPassword}, {"new_password", "a brand new secret"}}, &s);
  EXPECT_EQ(blocked.status, 429) << blocked.body;
  EXPECT_EQ(post("/api/v1/auth/login", {{"email", "pat@example.org"}, {"password", kPassword}}).status, 429);
}

TEST_P(AuthApi, LogOutRevokesTheSession) {
  addUser("pat@example.org", "Pat Lee");
  auto session = logIn("pat@example.org");
  auto out = post("/api/v1/auth/logout", nlohmann::json::object(), &session);
  EXPECT_EQ(out.status, 204);
  EXPECT_NE(out.header("set-cookie").find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(get("/api/v1/me", &session).status, 401);
}

TEST_P(AuthApi, StateChangesWithoutTheCsrfTokenAreForbidden) {
  addUser("pat@example.org", "Pat Lee");
  auto session = logIn("pat@example.org");
  auto r = sendAs({"POST", "/api/v1/auth/logout", {}, {}}, &session, /*withCsrf=*/false);
  EXPECT_EQ(r.status, 403);
  Session wrongToken = session;
  wrongToken.csrf = "wrong";
  EXPECT_EQ(post("/api/v1/auth/logout", nlohmann::json::object(), &wrongToken).status, 403);
  EXPECT_EQ(get("/api/v1/me", &session).status, 200);
}

TEST_P(AuthApi, AnIdleSessionExpires) {
  startServer([](Config& c) { c.sessionIdleSeconds = 1; });
  addUser("pat@example.org", "Pat Lee");
  auto session = logIn("pat@example.org");
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  auto r = get("/api/v1/me", &session);
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(r.json()["error"]["code"], "unauthenticated");
}

TEST_P(AuthApi, ASessionExpiresAfterItsLifetime) {
  startServer([](Config& c) { c.sessionTtlSeconds = 1; });
  addUser("pat@example.org", "Pat Lee");
  auto session = logIn("pat@example.org");
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  EXPECT_EQ(get("/api/v1/me", &session).status, 401);
}

TEST_P(AuthApi, ChangingThePasswordEndsOtherSessions) {
  addUser("pat@example.org", "Pat Lee");
  auto laptop = logIn("pat@example.org");
  auto phone = logIn("pat@example.org");
  auto r = post("/api/v1/me/password", {{"current_password", kPassword}, {"new_password", "a brand new secret"}},
                &laptop);
  ASSERT_EQ(r.status, 204) << r.body;
  EXPECT_EQ(get("/api/v1/me", &laptop).status, 200);
  EXPECT_EQ(get("/api/v1/me", &phone).status, 401);
  EXPECT_EQ(post("/api/v1/auth/login", {{"email", "pat@example.org"}, {"password", kPassword}}).status, 401);
  EXPECT_EQ(logIn("pat@example.org", "a brand new secret").userId > 0, true);
}

TEST_P(AuthApi, ChangingThePasswordChecksTheCurrentOneAndTheNewLength) {
  addUser("pat@example.org", "Pat Lee");
  auto s = logIn("pat@example.org");
  auto wrong = post("/api/v1/me/password", {{"current_password", "nope nope nope"}, {"new_password", "long enough!"}}, &s);
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(wrong.json()["error"]["field"], "current_password");
  auto tooShort = post("/api/v1/me/password", {{"current_password", kPassword}, {"new_password", "short"}}, &s);
  EXPECT_EQ(tooShort.status, 400);
  EXPECT_EQ(tooShort.json()["error"]["field"], "new_password");
}

TEST_P(AuthApi, ProfileLocaleIsEnglishOrSpanish) {
  addUser("pat@example.org", "Pat Lee");
  auto s = logIn("pat@example.org");
  auto ok = patch("/api/v1/me", {{"locale", "es"}}, &s);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json()["user"]["locale"], "es");
  EXPECT_EQ(get("/api/v1/me", &s).json()["user"]["locale"], "es");
  auto bad = patch("/api/v1/me", {{"locale", "fr"}}, &s);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "locale");
}

TEST_P(AuthApi, AnInvitationCreatesTheAccountJoinsTheDistrictAndWorksOnce) {
  addUser("admin@example.org", "Admin", true);
  auto admin = logIn("admin@example.org");
  long long district = createDistrict(admin, "Harbor Unified");
  auto invited = post("/api/v1/districts/" + std::to_string(district) + "/invitations",
                      {{"email", "new.rep@example.org"}, {"name", "New Rep"}, {"side", "labor"}, {"role", "site_rep"}},
                      &admin);
  ASSERT_EQ(invited.status, 201) << invited.body;
  std::string token = invited.json()["token"];
  EXPECT_NE(invited.json()["link"].get<std::string>().find(token), std::string::npos);

  auto accepted = post("/api/v1/invitations/accept", {{"token", token}, {"password", "my own password"}});
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_FALSE(accepted.header("set-cookie").empty());
  auto rep = logIn("new.rep@example.org", "my own password");
  auto members = get("/api/v1/districts/" + std::to_string(district) + "/memberships", &rep);
  ASSERT_EQ(members.status, 200);
  bool found = false;
  auto list = members.json();
  for (const auto& m : list["items"])
    found = found || (m.value("email", "") == "new.rep@example.org" && m.value("side", "") == "labor" &&
                      m.value("role", "") == "site_rep");
  EXPECT_TRUE(found) << members.body;

  auto again = post("/api/v1/invitations/accept", {{"token", token}, {"password", "another password"}});
  EXPECT_EQ(again.status, 409);
}

TEST_P(AuthApi, AnExpiredInvitationIsRefused) {
  startServer([](Config& c) { c.invitationTtlSeconds = 1; });
  addUser("admin@example.org", "Admin", true);
  auto admin = logIn("admin@example.org");
  long long district = createDistrict(admin, "Harbor Unified");
  auto invited = post("/api/v1/districts/" + std::to_string(district) + "/invitations",
                      {{"email", "late@example.org"}, {"name", "Late"}, {"side", "labor"}, {"role", "member"}}, &admin);
  ASSERT_EQ(invited.status, 201);
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  auto r = post("/api/v1/invitations/accept", {{"token", invited.json()["token"]}, {"password", "my own password"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["error"]["field"], "token");
}

TEST_P(AuthApi, AnExistingAccountAcceptsOnlyWithItsOwnPassword) {
  addUser("admin@example.org", "Admin", true);
  addUser("pat@example.org", "Pat Lee");
  auto admin = logIn("admin@example.org");
  long long district = createDistrict(admin, "Harbor Unified");
  auto invited = post("/api/v1/districts/" + std::to_string(district) + "/invitations",
                      {{"email", "pat@example.org"}, {"name", "Pat"}, {"side", "labor"}, {"role", "member"}}, &admin);
  ASSERT_EQ(invited.status, 201);
  auto hijack = post("/api/v1/invitations/accept", {{"token", invited.json()["token"]}, {"password", "guessed wrong"}});
  EXPECT_EQ(hijack.status, 400);
  EXPECT_EQ(hijack.json()["error"]["field"], "password");
  auto ok = post("/api/v1/invitations/accept", {{"token", invited.json()["token"]}, {"password", kPassword}});
  EXPECT_EQ(ok.status, 200) << ok.body;
}

}  // namespace
}  // namespace accord::testing
