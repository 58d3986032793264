// Email notifications: preferences, and the daily digest sent by `accord notify` to a real SMTP
// server on loopback (Python's aiosmtpd), which saves each message it receives to a directory.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "common/calendar_date.hpp"
#include "domain/practice/use_cases.hpp"
#include "partnership_fixture.hpp"
#include "smtp_sink.hpp"

extern char** environ;

namespace accord::testing {
namespace {

namespace fs = std::filesystem;

struct CommandRun {
  int exitCode = -1;
  std::string output;
};

CommandRun run(const std::string& commandLine) {
  CommandRun r;
  FILE* pipe = ::popen((commandLine + " 2>&1").c_str(), "r");
  if (!pipe) return r;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) r.output.append(buffer, n);
  int status = ::pclose(pipe);
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class Notifications : public PartnershipApi {
 protected:
  void SetUp() override {
    PartnershipApi::SetUp();
    if (IsSkipped() || HasFailure()) return;
    dir_ = fs::temp_directory_path() / ("accord-smtp-" + std::to_string(::getpid()) + "-" + GetParam() + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    port_ = freePort();
  }
  void TearDown() override {
    sink_.reset();
    if (!dir_.empty()) fs::remove_all(dir_);
    PartnershipApi::TearDown();
  }
  void startSink() {
    sink_ = std::make_unique<SmtpSink>(dir_, port_);
    ASSERT_TRUE(sink_->ready()) << "python3 -m aiosmtpd is needed (Debian's python3-aiosmtpd)";
  }
  CommandRun notify() {
    const char* binary = std::getenv("ACCORD_BINARY");
    return run(std::string(binary) + " notify --db '" + database_->url() + "' --smtp-url smtp://127.0.0.1:" +
               std::to_string(port_) +
               " --smtp-from 'accord@example.org' --smtp-tls false --public-url https://accord.example.org/");
  }
  bool haveBinary() const { return std::getenv("ACCORD_BINARY") != nullptr; }
  long long propose(const std::string& title) {
    auto r = post(base_ + "/decisions",
                  {{"body_id", body_}, {"title", title}, {"text", "Start at 8:30."}, {"deadline", nowSeconds() + 86400}},
                  &labor_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }

  fs::path dir_;
  int port_ = 0;
  std::unique_ptr<SmtpSink> sink_;
};
ACCORD_ON_EVERY_BACKEND(Notifications);

TEST_P(Notifications, EveryKindIsOnUntilThePersonTurnsItOff) {
  auto r = get("/api/v1/me/notifications", &labor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["email_enabled"], false);  // this server has no mail server
  for (const char* kind :
       {"proposal_stance", "issue_ready", "agenda_approval", "action_due", "check_in_due", "practice_update"})
    EXPECT_EQ(r.json()["kinds"][kind], true) << kind;

  auto off = patch("/api/v1/me/notifications", {{"kinds", {{"action_due", false}, {"check_in_due", false}}}}, &labor_);
  ASSERT_EQ(off.status, 200) << off.body;
  EXPECT_EQ(off.json()["kinds"]["action_due"], false);
  auto again = get("/api/v1/me/notifications", &labor_).json();
  EXPECT_EQ(again["kinds"]["action_due"], false);
  EXPECT_EQ(again["kinds"]["check_in_due"], false);
  EXPECT_EQ(again["kinds"]["proposal_stance"], true);
  // Someone else's stay as they were.
  EXPECT_EQ(get("/api/v1/me/notifications", &labor2_).json()["kinds"]["action_due"], true);
  auto back = patch("/api/v1/me/notifications", {{"kinds", {{"action_due", true}}}}, &labor_);
  EXPECT_EQ(back.json()["kinds"]["action_due"], true);
}

TEST_P(Notifications, BadPreferencesAreRefusedNamingTheFieldAndNothingIsSaved) {
  auto unknown = patch("/api/v1/me/notifications", {{"kinds", {{"action_due", false}, {"gossip", false}}}}, &labor_);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.json()["error"]["field"], "gossip");
  EXPECT_EQ(get("/api/v1/me/notifications", &labor_).json()["kinds"]["action_due"], true);
  auto notBool = patch("/api/v1/me/notifications", {{"kinds", {{"action_due", "no"}}}}, &labor_);
  EXPECT_EQ(notBool.status, 400);
  EXPECT_EQ(notBool.json()["error"]["field"], "action_due");
  EXPECT_EQ(patch("/api/v1/me/notifications", {{"kinds", 3}}, &labor_).json()["error"]["field"], "kinds");
  EXPECT_EQ(get("/api/v1/me/notifications").status, 401);
  EXPECT_EQ(patch("/api/v1/me/notifications", {{"kinds", {{"action_due", false}}}}).status, 401);
}

TEST_P(Notifications, TheDailyDigestTellsEachPersonWhatWaitsInTheirLanguageOnce) {
  if (!haveBinary()) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  startSink();
  long long decision = propose("Bell schedule & <late> buses");
  auto item = post(base_ + "/action-items",
                   {{"title", "Enviar la encuesta"}, {"owner_id", management_.userId}, {"due_date", isoDateOf(nowSeconds())}},
                   &super_);
  ASSERT_EQ(item.status, 201) << item.body;
  ASSERT_EQ(patch("/api/v1/me", {{"locale", "es"}}, &management_).status, 200);
  // labor2 wants no proposals by email; then nothing waits for him.
  ASSERT_EQ(patch("/api/v1/me/notifications", {{"kinds", {{"proposal_stance", false}}}}, &labor2_).status, 200);

  auto first = notify();
  ASSERT_EQ(first.exitCode, 0) << first.output;
  EXPECT_TRUE(contains(first.output, "3 sent")) << first.output;

  std::string link = "https://accord.example.org/districts/" + std::to_string(district_) + "/decisions/" +
                     std::to_string(decision);
  std::string labor = sink_->to("labor@example.org");
  ASSERT_FALSE(labor.empty());
  EXPECT_TRUE(contains(labor, "X-Envelope-From: accord@example.org\r\n")) << labor.substr(0, 300);
  EXPECT_TRUE(contains(labor, "Subject: Accord: what waits for you today\r\n")) << labor;
  EXPECT_TRUE(contains(labor, "To: \"labor\" <labor@example.org>\r\n")) << labor;
  EXPECT_TRUE(contains(labor, "multipart/alternative"));
  EXPECT_TRUE(contains(labor, "Content-Type: text/plain; charset=utf-8"));
  EXPECT_TRUE(contains(labor, "Content-Type: text/html; charset=utf-8"));
  EXPECT_TRUE(contains(labor, "Harbor Unified"));
  EXPECT_TRUE(contains(labor, "Proposal waiting for your stance: Bell schedule & <late> buses")) << labor;
  EXPECT_TRUE(contains(labor, "Bell schedule &amp; &lt;late&gt; buses")) << labor;  // the HTML part, escaped
  EXPECT_TRUE(contains(labor, link)) << labor;
  EXPECT_TRUE(contains(labor, "https://accord.example.org/account"));
  EXPECT_FALSE(contains(labor, "Enviar la encuesta"));  // not his item

  std::string management = sink_->to("management@example.org");
  ASSERT_FALSE(management.empty());
  EXPECT_TRUE(contains(management, "Subject: Accord: lo que le espera hoy")) << management;
  EXPECT_TRUE(contains(management, "Propuesta pendiente de su postura"));
  EXPECT_TRUE(contains(management, "Tarea que vence: Enviar la encuesta")) << management;
  EXPECT_TRUE(contains(management, "/districts/" + std::to_string(district_) + "/actions"));

  EXPECT_FALSE(sink_->to("management2@example.org").empty());
  EXPECT_TRUE(sink_->to("labor2@example.org").empty());   // turned off
  EXPECT_TRUE(sink_->to("neutral@example.org").empty());  // a neutral takes no stance
  EXPECT_TRUE(sink_->to("outsider@example.org").empty());
  std::size_t received = sink_->messages().size();
  EXPECT_EQ(received, 3u);

  // A second run the same day sends nothing new.
  auto second = notify();
  ASSERT_EQ(second.exitCode, 0) << second.output;
  EXPECT_TRUE(contains(second.output, "0 sent")) << second.output;
  EXPECT_EQ(sink_->messages().size(), received);
}

TEST_P(Notifications, AnIssueWaitingForASideToBeReadyIsInThatSidesDigest) {
  if (!haveBinary()) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  startSink();
  setRule({{"advance_rule", "both_sides"}});
  long long issue = raiseIssue(labor_, {{"title", "Recess & <duty> schedule"}});
  ASSERT_EQ(post(issuePath(issue) + "/step", {{"step", "interests"}}, &labor_).json()["step"], "focus");
  auto run = notify();
  ASSERT_EQ(run.exitCode, 0) << run.output;
  std::string management = sink_->to("management@example.org");
  EXPECT_TRUE(contains(management, "Issue waiting for your side to say it is ready to move on: Recess & <duty> schedule"))
      << management;
  EXPECT_TRUE(contains(management, "/districts/" + std::to_string(district_) + "/issues/" + std::to_string(issue)));
  EXPECT_FALSE(contains(sink_->to("labor@example.org"), "Recess"));  // labor has said it is ready
  EXPECT_TRUE(sink_->to("neutral@example.org").empty());              // a neutral member speaks for no side
}

TEST_P(Notifications, AFollowerIsToldThatAnotherDistrictAdoptedThePracticeUnlessTheyTurnedItOff) {
  if (!haveBinary()) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  startSink();
  // A practice of Harbor, published by both co-chairs; Valley has a body to take it up.
  std::string chairs = base_ + "/bodies/" + std::to_string(body_) + "/co-chairs";
  ASSERT_EQ(post(chairs, {{"user_id", labor_.userId}}, &super_).status, 200);
  ASSERT_EQ(post(chairs, {{"user_id", management_.userId}}, &super_).status, 200);
  auto created = post(base_ + "/practices", {{"title", "Reading buddies & <friends>"}}, &labor2_);
  ASSERT_EQ(created.status, 201) << created.body;
  long long practice = created.json()["id"];
  std::string signOffs = base_ + "/practices/" + std::to_string(practice) + "/sign-offs";
  ASSERT_EQ(post(signOffs, nlohmann::json::object(), &labor_).status, 200);
  ASSERT_EQ(post(signOffs, nlohmann::json::object(), &management_).json()["state"], "published");
  auto valleyBody = post("/api/v1/districts/" + std::to_string(otherDistrict_) + "/bodies",
                         {{"name", "Valley Joint Committee"}, {"labor_seats", 2}, {"management_seats", 2},
                          {"rule", "consensus"}, {"quorum_per_side", 1}, {"fallback", "The board decides."}},
                         &other_);
  ASSERT_EQ(valleyBody.status, 201) << valleyBody.body;

  // Three people followed it, then Valley adopted it, yesterday (UTC): today's digest tells of it.
  // One of them turned that kind off, and one leads Valley.
  auto callerOf = [&](const Session& who) {
    auto tx = store_->read();
    return domain::Caller{*(*tx)->users().byId(who.userId), {}};
  };
  UnixSeconds now = nowSeconds();
  UnixSeconds yesterday = now - now % 86400 - 86400;
  ASSERT_TRUE(domain::followPractice(*store_, callerOf(labor2_), practice, yesterday + 3600).ok());
  ASSERT_TRUE(domain::followPractice(*store_, callerOf(management2_), practice, yesterday + 3600).ok());
  ASSERT_TRUE(domain::followPractice(*store_, callerOf(other_), practice, yesterday + 3600).ok());
  domain::AdoptInput into{otherDistrict_, valleyBody.json()["id"].get<long long>(), false};
  ASSERT_TRUE(domain::adoptPractice(*store_, callerOf(other_), practice, into, yesterday + 7200).ok());
  ASSERT_EQ(patch("/api/v1/me/notifications", {{"kinds", {{"practice_update", false}}}}, &management2_).status, 200);

  auto r = notify();
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_TRUE(contains(r.output, "1 sent")) << r.output;
  std::string mail = sink_->to("labor2@example.org");
  ASSERT_FALSE(mail.empty());
  EXPECT_TRUE(contains(mail, "Practices you follow")) << mail;
  EXPECT_TRUE(contains(mail, "Adopted by another district: Reading buddies & <friends> (Harbor Unified, on " +
                                 isoDateOf(yesterday) + ")"))
      << mail;
  EXPECT_TRUE(contains(mail, "Reading buddies &amp; &lt;friends&gt;")) << mail;  // the HTML part, escaped
  EXPECT_TRUE(contains(mail, "https://accord.example.org/network/practices/" + std::to_string(practice))) << mail;
  // Which district adopted it is not on the practice's page (it did not share its outcomes), nor here.
  EXPECT_FALSE(contains(mail, "Valley")) << mail;
  EXPECT_TRUE(sink_->to("management2@example.org").empty());  // turned off
  EXPECT_TRUE(sink_->to("other@example.org").empty());        // Valley's own adoption is no news to Valley
  EXPECT_EQ(sink_->messages().size(), 1u);
}

TEST_P(Notifications, AnUnreachableMailServerIsLoggedAndTheDigestRetriedOnTheNextRun) {
  if (!haveBinary()) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  propose("Bell schedule");
  auto down = notify();  // nothing listens on the port yet
  EXPECT_EQ(down.exitCode, 1) << down.output;
  EXPECT_TRUE(contains(down.output, "could not be sent")) << down.output;
  EXPECT_TRUE(contains(down.output, "smtp://127.0.0.1:" + std::to_string(port_))) << down.output;
  EXPECT_TRUE(contains(down.output, "0 sent, 4 failed")) << down.output;

  startSink();
  auto up = notify();
  ASSERT_EQ(up.exitCode, 0) << up.output;
  EXPECT_TRUE(contains(up.output, "4 sent")) << up.output;
  EXPECT_FALSE(sink_->to("labor2@example.org").empty());
  EXPECT_EQ(sink_->messages().size(), 4u);
}

TEST_P(Notifications, TwoServersSendingAtOnceSendEachDigestOnce) {
  if (!haveBinary()) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  startSink();
  propose("Bell schedule");
  std::string binary = std::getenv("ACCORD_BINARY");
  std::string one = binary + " notify --db '" + database_->url() + "' --smtp-url smtp://127.0.0.1:" +
                    std::to_string(port_) + " --smtp-from accord@example.org --smtp-tls false";
  auto both = run("(" + one + " & " + one + " & wait)");
  EXPECT_EQ(both.exitCode, 0) << both.output;
  EXPECT_EQ(sink_->messages().size(), 4u) << both.output;
  for (const char* person : {"labor@example.org", "labor2@example.org", "management@example.org",
                             "management2@example.org"})
    EXPECT_FALSE(sink_->to(person).empty()) << person;
}

TEST_P(Notifications, NotifyWithoutAMailServerSaysSo) {
  if (!haveBinary()) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  auto r = run(std::string(std::getenv("ACCORD_BINARY")) + " notify --db '" + database_->url() + "'");
  EXPECT_EQ(r.exitCode, 2) << r.output;
  EXPECT_TRUE(contains(r.output, "--smtp-url")) << r.output;
}

}  // namespace
}  // namespace accord::testing
