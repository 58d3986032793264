// Signing in and out, sessions, CSRF, throttling, passwords and invitations.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <regex>
#include <thread>
#include <vector>

#include "api_fixture.hpp"
#include "smtp_sink.hpp"

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
  // Enough threads that many guesses are verified at once.
  startServer([](Config& c) {
    c.loginMaxFailures = 5;
    c.threads = 8;
  });
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

TEST_P(AuthApi, WithoutMailTheInviterIsToldTheInvitationWasNotSent) {
  addUser("admin@example.org", "Admin", true);
  addUser("pat@example.org", "Pat Lee");
  auto admin = logIn("admin@example.org");
  long long district = createDistrict(admin, "Harbor Unified");
  std::string path = "/api/v1/districts/" + std::to_string(district) + "/invitations";
  auto known = post(path, {{"email", "pat@example.org"}, {"name", "Pat"}, {"side", "labor"}, {"role", "member"}}, &admin);
  auto unknown =
      post(path, {{"email", "new@example.org"}, {"name", "New"}, {"side", "labor"}, {"role", "member"}}, &admin);
  ASSERT_EQ(known.status, 201) << known.body;
  ASSERT_EQ(unknown.status, 201) << unknown.body;
  const nlohmann::json knownBody = known.json(), unknownBody = unknown.json();
  for (const auto* r : {&knownBody, &unknownBody}) {
    EXPECT_FALSE(r->contains("token"));
    EXPECT_FALSE(r->contains("link"));
    EXPECT_EQ((*r)["delivery"], "not_sent");
    EXPECT_NE((*r)["message"].get<std::string>().find("accord user add"), std::string::npos);
  }
  // The same answer whether or not the address has an account.
  EXPECT_EQ(knownBody["message"], unknownBody["message"]);
  std::vector<std::string> knownKeys, unknownKeys;
  for (const auto& [k, v] : knownBody.items()) knownKeys.push_back(k);
  for (const auto& [k, v] : unknownBody.items()) unknownKeys.push_back(k);
  EXPECT_EQ(knownKeys, unknownKeys);
}

// Invitations sent by email to a real SMTP server on loopback.
class InvitationApi : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    dir_ = std::filesystem::temp_directory_path() /
           ("accord-invite-" + std::to_string(::getpid()) + "-" + GetParam() + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    int port = freePort();
    sink_ = std::make_unique<SmtpSink>(dir_, port);
    ASSERT_TRUE(sink_->ready()) << "python3 -m aiosmtpd is needed (Debian's python3-aiosmtpd)";
    startServer([&](Config& c) {
      c.smtpUrl = "smtp://127.0.0.1:" + std::to_string(port);
      c.smtpFrom = "accord@example.org";
      c.smtpTls = false;
    });
    addUser("admin@example.org", "Admin", true);
    admin_ = logIn("admin@example.org");
    district_ = createDistrict(admin_, "Harbor Unified");
  }
  void TearDown() override {
    sink_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
    ApiTest::TearDown();
  }
  HttpResult invite(const std::string& email) {
    return post("/api/v1/districts/" + std::to_string(district_) + "/invitations",
                {{"email", email}, {"name", "Invited Person"}, {"side", "labor"}, {"role", "site_rep"}}, &admin_);
  }
  // The token in the link emailed to `address`.
  std::string emailedToken(const std::string& address) {
    std::string mail = sink_->to(address);
    std::smatch m;
    if (!std::regex_search(mail, m, std::regex("/invitation/([A-Za-z0-9_-]+)"))) return {};
    return m[1];
  }
  HttpResult accept(const nlohmann::json& body, const Session* as = nullptr) {
    return post("/api/v1/invitations/accept", body, as);
  }

  std::filesystem::path dir_;
  std::unique_ptr<SmtpSink> sink_;
  Session admin_;
  long long district_ = 0;
};
ACCORD_ON_EVERY_BACKEND(InvitationApi);

TEST_P(InvitationApi, TheLinkGoesByEmailToTheInvitedAddressOnly) {
  auto invited = invite("new.rep@example.org");
  ASSERT_EQ(invited.status, 201) << invited.body;
  EXPECT_EQ(invited.json()["delivery"], "sent");
  EXPECT_FALSE(invited.json().contains("token"));
  EXPECT_FALSE(invited.json().contains("link"));
  EXPECT_EQ(sink_->messages().size(), 1u);
  std::string token = emailedToken("new.rep@example.org");
  ASSERT_FALSE(token.empty()) << sink_->to("new.rep@example.org");
  EXPECT_EQ(invited.body.find(token), std::string::npos);
}

TEST_P(InvitationApi, TheEmailedLinkCreatesTheAccountJoinsTheDistrictAndWorksOnce) {
  ASSERT_EQ(invite("new.rep@example.org").status, 201);
  std::string token = emailedToken("new.rep@example.org");
  auto accepted = accept({{"token", token}, {"password", "my own password"}});
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_FALSE(accepted.header("set-cookie").empty());
  EXPECT_EQ(accepted.json()["district_id"], district_);
  auto rep = logIn("new.rep@example.org", "my own password");
  auto members = get("/api/v1/districts/" + std::to_string(district_) + "/memberships", &rep);
  ASSERT_EQ(members.status, 200);
  bool found = false;
  auto list = members.json();
  for (const auto& m : list["items"])
    found = found || (m.value("email", "") == "new.rep@example.org" && m.value("side", "") == "labor" &&
                      m.value("role", "") == "site_rep");
  EXPECT_TRUE(found) << members.body;
  EXPECT_EQ(accept({{"token", token}, {"password", "another password"}}).status, 409);
}

TEST_P(InvitationApi, AnExistingAccountAcceptsOnlyFromItsOwnSession) {
  addUser("pat@example.org", "Pat Lee");
  addUser("mallory@example.org", "Mallory");
  ASSERT_EQ(invite("pat@example.org").status, 201);
  std::string token = emailedToken("pat@example.org");
  ASSERT_FALSE(token.empty());

  // A password typed into the page is not enough, even the right one.
  auto withPassword = accept({{"token", token}, {"password", kPassword}});
  EXPECT_EQ(withPassword.status, 401) << withPassword.body;
  EXPECT_TRUE(withPassword.header("set-cookie").empty());
  // Someone else's session gets the answer of a link that does not exist.
  auto mallory = logIn("mallory@example.org");
  auto other = accept({{"token", token}}, &mallory);
  auto bogus = accept({{"token", "not-a-real-token"}}, &mallory);
  EXPECT_EQ(other.status, 400);
  EXPECT_EQ(other.status, bogus.status);
  EXPECT_EQ(other.json()["error"], bogus.json()["error"]);
  auto pat = logIn("pat@example.org");
  EXPECT_EQ(sendAs({"POST", "/api/v1/invitations/accept", {{"Content-Type", "application/json"}},
                    nlohmann::json{{"token", token}}.dump()},
                   &pat, /*withCsrf=*/false)
                .status,
            403);
  EXPECT_EQ(get("/api/v1/districts/" + std::to_string(district_), &pat).status, 404);

  auto ok = accept({{"token", token}}, &pat);
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json()["user"]["email"], "pat@example.org");
  EXPECT_EQ(ok.json()["district_id"], district_);
  EXPECT_EQ(get("/api/v1/districts/" + std::to_string(district_), &pat).status, 200);
}

TEST_P(InvitationApi, AnExpiredInvitationIsRefused) {
  startServer([](Config& c) { c.invitationTtlSeconds = 1; });  // the mail settings stay
  ASSERT_EQ(invite("late@example.org").status, 201);
  std::this_thread::sleep_for(std::chrono::milliseconds(2100));
  auto r = accept({{"token", emailedToken("late@example.org")}, {"password", "my own password"}});
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["error"]["field"], "token");
}

}  // namespace
}  // namespace accord::testing
