// The accord command line: migrate, demo, user add.
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <set>

#include "common/calendar_date.hpp"
#include "domain/meeting/meeting.hpp"

#include "api_fixture.hpp"

namespace accord::testing {
namespace {

struct Run {
  int exitCode = -1;
  std::string output;
};

// Runs a shell command line, returning its exit code and combined output.
Run run(const std::string& commandLine) {
  Run r;
  FILE* pipe = ::popen((commandLine + " 2>&1").c_str(), "r");
  if (!pipe) return r;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) r.output.append(buffer, n);
  int status = ::pclose(pipe);
  r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

class Cli : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    const char* binary = std::getenv("ACCORD_BINARY");
    if (!binary) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
    binary_ = binary;
  }
  std::string accord(const std::string& args) { return binary_ + " " + args + " --db '" + database_->url() + "'"; }
  std::string binary_;
};
ACCORD_ON_EVERY_BACKEND(Cli);

TEST_P(Cli, MigrateReportsAnUpToDateSchema) {
  auto r = run(accord("migrate"));
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_NE(r.output.find("0 migration(s) applied"), std::string::npos) << r.output;
}

TEST_P(Cli, UserAddReadsThePasswordFromStandardInput) {
  auto r = run("printf 'a long enough secret\\n' | " + accord("user add --email It@Example.org --name 'IT Person' --admin"));
  ASSERT_EQ(r.exitCode, 0) << r.output;
  EXPECT_NE(r.output.find("as administrator"), std::string::npos);
  auto session = logIn("it@example.org", "a long enough secret");
  EXPECT_EQ(get("/api/v1/me", &session).json()["user"]["admin"], true);
  // The command hashes at the interactive cost (64 MiB, two passes), whatever these tests use in-process.
  auto tx = store_->read();
  ASSERT_TRUE(tx.ok());
  auto user = (*tx)->users().byEmail("it@example.org");
  ASSERT_TRUE(user.ok());
  EXPECT_EQ(user->passwordHash.rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0), 0u) << user->passwordHash;
}

TEST_P(Cli, UserAddExplainsWhatIsWrong) {
  auto shortPassword = run("printf 'short\\n' | " + accord("user add --email a@example.org --name A"));
  EXPECT_EQ(shortPassword.exitCode, 2);
  EXPECT_NE(shortPassword.output.find("password"), std::string::npos) << shortPassword.output;
  auto missingName = run("printf 'a long enough secret\\n' | " + accord("user add --email a@example.org"));
  EXPECT_EQ(missingName.exitCode, 2);
  EXPECT_NE(missingName.output.find("--name"), std::string::npos) << missingName.output;
}

TEST_P(Cli, DemoLoadsOnceAndPrintsHowToSignIn) {
  auto first = run(accord("demo"));
  ASSERT_EQ(first.exitCode, 0) << first.output;
  EXPECT_NE(first.output.find("superintendent@demo.accord.example"), std::string::npos);
  EXPECT_NE(first.output.find("accord-demo"), std::string::npos);
  auto second = run(accord("demo"));
  EXPECT_EQ(second.exitCode, 0);
  EXPECT_NE(second.output.find("already present"), std::string::npos);

  auto president = logIn("union.president@demo.accord.example", "accord-demo");
  auto districts = get("/api/v1/districts", &president).json()["items"];
  ASSERT_EQ(districts.size(), 1u);
  EXPECT_EQ(districts[0]["enrollment"], 20000);
  EXPECT_EQ(districts[0]["minority_pct"], 92.0);
  EXPECT_EQ(districts[0]["english_learners_pct"], 22.0);

  // The labor–management committee, co-chaired by both presidents, with its charter in force; and
  // two school-site teams.
  std::string base = "/api/v1/districts/" + std::to_string(districts[0]["id"].get<long long>());
  auto bodies = get(base + "/bodies", &president).json()["items"];
  ASSERT_EQ(bodies.size(), 3u);
  EXPECT_EQ(bodies[0]["name"], "District Labor-Management Committee");
  EXPECT_EQ(bodies[0]["labor_co_chair_id"], president.userId);
  EXPECT_EQ(bodies[1]["level"], "site");
  auto charter = get(base + "/bodies/" + std::to_string(bodies[0]["id"].get<long long>()) + "/charter", &president);
  ASSERT_EQ(charter.status, 200) << charter.body;
  auto inForce = charter.json()["in_force"];
  ASSERT_TRUE(inForce.is_object()) << charter.body;
  EXPECT_EQ(inForce["status"], "in_force");
  EXPECT_EQ(inForce["principles"][0], "No excuses.");
  EXPECT_EQ(inForce["principles"].size(), 4u);

  // Ten school years of outcomes for the district, its five schools and the state, to chart from the start.
  auto schools = get(base + "/schools", &president).json()["items"];
  EXPECT_EQ(schools.size(), 5u);
  auto ela = get(base + "/metrics/ela_met/series?school=all", &president);
  ASSERT_EQ(ela.status, 200) << ela.body;
  std::map<std::string, std::size_t> points;
  nlohmann::json series = ela.json()["series"];
  for (const auto& line : series) points[line["scope"].get<std::string>()] += line["points"].size();
  EXPECT_EQ(points["district"], 10u) << "2015 to 2025, no tests in 2020";
  EXPECT_EQ(points["state"], 10u);
  EXPECT_EQ(points["school"], 50u);
  // Two closed years of the climate survey, whose results are shown to members.
  auto windows = get(base + "/survey-windows", &president).json()["items"];
  ASSERT_EQ(windows.size(), 2u);
  auto results = get(base + "/survey-windows/" + std::to_string(windows[0]["id"].get<long long>()) + "/climate-results",
                     &president);
  ASSERT_EQ(results.status, 200) << results.body;
  EXPECT_EQ(results.json()["schools"].size(), 5u);
}

// The demo partnership is fifteen years old: its committee, charter versions, co-chairs, decisions,
// meetings and self-checks are dated over those years, and a second run adds none of them again.
TEST_P(Cli, DemoPartnershipHasFifteenYearsOfHistory) {
  ASSERT_EQ(run(accord("demo")).exitCode, 0);
  ASSERT_EQ(run(accord("demo")).exitCode, 0);
  const long long now = static_cast<long long>(std::time(nullptr));
  const long long year = 365LL * 86400;
  auto president = logIn("union.president@demo.accord.example", "accord-demo");
  long long district = get("/api/v1/districts", &president).json()["items"][0]["id"];
  std::string base = "/api/v1/districts/" + std::to_string(district);
  EXPECT_LT(get(base, &president).json()["created_at"].get<long long>(), now - 14 * year);

  auto bodies = get(base + "/bodies", &president).json()["items"];
  ASSERT_EQ(bodies.size(), 3u) << "the committee and two site teams, once";
  long long committee = bodies[0]["id"];
  EXPECT_LT(bodies[0]["created_at"].get<long long>(), now - 14 * year);
  EXPECT_GT(bodies[1]["created_at"].get<long long>(), now - 3 * year) << "the site teams came later";

  // Three charter versions, the first signed by both sides fifteen years ago; the third in force
  // with its review ahead.
  auto versions = get(base + "/bodies/" + std::to_string(committee) + "/charter/versions", &president);
  ASSERT_EQ(versions.status, 200) << versions.body;
  auto items = versions.json()["items"];
  ASSERT_EQ(items.size(), 3u) << versions.body;
  std::set<std::string> sides;
  for (const auto& signer : items[0]["signers"]) {
    EXPECT_LT(signer["signed_at"].get<long long>(), now - 14 * year);
    sides.insert(signer["side"].get<std::string>());
  }
  EXPECT_EQ(sides, (std::set<std::string>{"labor", "management"}));
  EXPECT_EQ(items[0]["status"], "superseded");
  EXPECT_EQ(items[1]["status"], "superseded");
  EXPECT_EQ(items[2]["status"], "in_force");
  EXPECT_GT(items[2]["review_date"].get<std::string>(), isoDateOf(now));

  // The handbook tells it: co-chairs appointed and replaced, decisions adopted over the years.
  auto handbook = get(base + "/handbook", &president);
  ASSERT_EQ(handbook.status, 200) << handbook.body;
  auto book = handbook.json();
  std::vector<long long> adopted;
  for (const auto& d : book["decisions"]) adopted.push_back(d["adopted_at"]);
  ASSERT_GE(adopted.size(), 5u);
  auto [first, last] = std::minmax_element(adopted.begin(), adopted.end());
  EXPECT_LT(*first, now - 13 * year);
  EXPECT_GT(*last, now - 2 * year);
  std::map<std::string, int> milestones;
  for (const auto& m : book["timeline"]) milestones[m["type"].get<std::string>()]++;
  EXPECT_EQ(milestones["charter_in_force"], 3);
  EXPECT_EQ(milestones["charter_review_opened"], 2) << "each co-chair who left opened a review";
  EXPECT_GE(milestones["co_chair_appointed"], 4);
  EXPECT_FALSE(book["bodies"][0]["charter_review_due"].get<bool>());
  // An open commitment is overdue.
  bool overdue = false;
  for (const auto& c : book["commitments"])
    overdue = overdue || c["due_date"].get<std::string>() < book["generated_on"].get<std::string>();
  EXPECT_TRUE(overdue) << book["commitments"];
  // The decision log holds every decision once, and its chain verifies.
  auto log = get(base + "/decision-log", &president).json()["items"];
  EXPECT_EQ(log.size(), adopted.size());
  EXPECT_EQ(get(base + "/decision-log/verify", &president).json()["ok"], true);

  // Past meetings with their agendas approved by both co-chairs and minutes, over the years, and
  // meetings still to come.
  auto tx = store_->read();
  ASSERT_TRUE(tx.ok());
  auto series = (*tx)->meetings().listSeries(district, committee);
  ASSERT_TRUE(series.ok());
  std::vector<long long> recorded;
  bool upcoming = false;
  for (const auto& s : *series) {
    auto meetings = (*tx)->meetings().meetingsOfSeries(s.id);
    ASSERT_TRUE(meetings.ok());
    for (const auto& m : *meetings) {
      EXPECT_FALSE(m.minutes.empty()) << m.date;
      EXPECT_TRUE(m.agendaApproved()) << m.date;
      recorded.push_back(m.createdAt);
    }
    for (const auto& date : s.occurrences())
      upcoming = upcoming || domain::formatDate(date) > isoDateOf(now);
  }
  EXPECT_GE(recorded.size(), 12u);
  EXPECT_LT(*std::min_element(recorded.begin(), recorded.end()), now - 14 * year);
  EXPECT_GT(*std::max_element(recorded.begin(), recorded.end()), now - 30 * 86400);
  EXPECT_TRUE(upcoming);

  // The self-check was taken every few years, up to a mature partnership.
  auto checks = get(base + "/bodies/" + std::to_string(committee) + "/self-checks", &president);
  ASSERT_EQ(checks.status, 200) << checks.body;
  auto history = checks.json()["items"];
  ASSERT_GE(history.size(), 5u);
  EXPECT_LT(history[0]["maturity"]["level"].get<int>(), history.back()["maturity"]["level"].get<int>());
  EXPECT_GE(history.back()["maturity"]["level"].get<int>(), 4);
}

// Two more districts have published practices: the library, the peers and an adoption have
// something to show from the start, and a second run adds nothing.
TEST_P(Cli, DemoFillsTheNetworkWithTwoMoreDistrictsAndTheirPractices) {
  auto first = run(accord("demo"));
  ASSERT_EQ(first.exitCode, 0) << first.output;
  EXPECT_NE(first.output.find("union.president@lakeshore.demo.accord.example"), std::string::npos) << first.output;
  ASSERT_EQ(run(accord("demo")).exitCode, 0);

  auto president = logIn("union.president@demo.accord.example", "accord-demo");
  auto library = get("/api/v1/practices", &president);
  ASSERT_EQ(library.status, 200) << library.body;
  nlohmann::json hits = library.json()["items"];
  std::map<std::string, nlohmann::json> byTitle;
  for (const auto& hit : hits) byTitle[hit["title"].get<std::string>()] = hit;
  ASSERT_EQ(byTitle.size(), 4u) << library.body;
  EXPECT_EQ(byTitle["Joint data teams at every school"]["state"], "published");
  EXPECT_EQ(byTitle["Interest-based bargaining, all year round"]["adoptions"], 1);

  // Found by its words, on either backend.
  auto found = get("/api/v1/practices?q=liaison", &president).json()["items"];
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0]["title"], "Attendance teams with family liaisons");

  // Riverside Valley adopted Lakeshore's practice three years ago and shares what changed since.
  long long bargaining = byTitle["Interest-based bargaining, all year round"]["id"];
  auto view = get("/api/v1/practices/" + std::to_string(bargaining), &president);
  ASSERT_EQ(view.status, 200) << view.body;
  auto changes = view.json()["adopter_changes"];
  ASSERT_EQ(changes.size(), 1u) << view.body;
  EXPECT_EQ(changes[0]["district"]["name"], "Riverside Valley Unified School District (demo)");
  EXPECT_EQ(changes[0]["metric_key"], "grievances_filed");
  EXPECT_LT(changes[0]["change"].get<double>(), 0.0);
  EXPECT_EQ(view.json()["evidence"][0]["from_value"], 36.0);

  // The demo district's peers are the two others, with what they published.
  long long district = get("/api/v1/districts", &president).json()["items"][0]["id"];
  auto peers = get("/api/v1/districts/" + std::to_string(district) + "/peers", &president);
  ASSERT_EQ(peers.status, 200) << peers.body;
  ASSERT_EQ(peers.json()["items"].size(), 2u) << peers.body;
  EXPECT_EQ(peers.json()["items"][0]["practices"].size(), 2u);

  // Three of the four are public: readable without an account.
  EXPECT_EQ(get("/api/v1/public/practices").json()["items"].size(), 3u);
  // The network's people sign in with the demo password, into their own district only.
  auto lakeshore = logIn("superintendent@lakeshore.demo.accord.example", "accord-demo");
  auto theirs = get("/api/v1/districts", &lakeshore).json()["items"];
  ASSERT_EQ(theirs.size(), 1u);
  EXPECT_EQ(theirs[0]["name"], "Lakeshore School District (demo)");
}

TEST_P(Cli, DemoWithoutOutcomesStartsWithNoOutcomeData) {
  auto r = run(accord("demo --without-outcomes"));
  ASSERT_EQ(r.exitCode, 0) << r.output;
  auto president = logIn("union.president@demo.accord.example", "accord-demo");
  std::string base = "/api/v1/districts/" +
                     std::to_string(get("/api/v1/districts", &president).json()["items"][0]["id"].get<long long>());
  EXPECT_TRUE(get(base + "/schools", &president).json()["items"].empty());
  EXPECT_TRUE(get(base + "/metric-values", &president).json()["items"].empty());
  EXPECT_TRUE(get(base + "/survey-windows", &president).json()["items"].empty());
}

TEST_P(Cli, AnUnreachableDatabaseIsAClearError) {
  std::string bad = GetParam() == "sqlite" ? "sqlite:/nonexistent-dir/x/accord.db"
                                           : "postgresql://accord@127.0.0.1:1/accord";
  auto r = run(binary_ + " migrate --db '" + bad + "'");
  EXPECT_NE(r.exitCode, 0);
  EXPECT_NE(r.output.find("accord:"), std::string::npos) << r.output;
}

}  // namespace
}  // namespace accord::testing
