// Every statement the tests made the server run on SQLite, planned against the real schema: none may
// read the whole of a table that grows with the network (a full scan is fine on a demo database and
// takes seconds on a national one). A walk in the order of the answer that stops at a LIMIT passes. The test command logs the statements (ACCORD_QUERY_LOG) while
// every other test runs, then runs this test on the log (ACCORD_QUERY_PLANS).
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>

#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "store/open_store.hpp"
#include "store/sqlite/migrations.hpp"

namespace accord {
namespace {

namespace fs = std::filesystem;

// Tables whose rows grow with districts, people or years of work.
const std::set<std::string> kLargeTables = {
    "users", "sessions", "memberships", "audit_log", "bodies", "body_members", "meetings", "agenda_items",
    "meeting_series", "issues", "issue_items", "issue_scores", "decisions", "stances", "decision_log",
    "caucus_notes", "comments", "comment_mentions", "issue_ready", "charter_versions", "action_items", "communications", "schools", "metric_values",
    "demographics", "import_jobs", "import_errors", "survey_windows", "climate_responses", "self_checks",
    "practices", "practice_tags", "practice_evidence", "practice_adoptions", "practice_follows", "events",
    "event_teams", "invitations", "login_failures", "leadership_changes", "notification_digests",
    "notifications", "notification_emails"};


// The table each name in the statement stands for: "FROM decisions d" makes d stand for decisions.
std::map<std::string, std::string> namesOf(const std::string& sql) {
  static const std::regex from(R"((?:FROM|JOIN|UPDATE|INTO)\s+([A-Za-z_][A-Za-z_0-9]*)(?:\s+(?:AS\s+)?([A-Za-z_][A-Za-z_0-9]*))?)",
                               std::regex::icase);
  static const std::set<std::string> keywords = {"where", "join", "on", "left", "inner", "cross", "order", "group",
                                                 "limit", "using", "union", "set", "values", "natural", "outer",
                                                 "returning", "default", "select", "having", "window", "as"};
  std::map<std::string, std::string> names;
  for (std::sregex_iterator it(sql.begin(), sql.end(), from), end; it != end; ++it) {
    std::string table = (*it)[1];
    names[table] = table;
    std::string alias = (*it)[2];
    std::string lower = alias;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!alias.empty() && !keywords.count(lower)) names[alias] = table;
  }
  return names;
}

TEST(QueryPlans, NoStatementTheTestsRanReadsAWholeLargeTable) {
  const char* logPath = std::getenv("ACCORD_QUERY_PLANS");
  if (!logPath) GTEST_SKIP() << "run by the test command on the statements logged while the other tests ran";
  std::ifstream log(logPath);
  ASSERT_TRUE(log) << "cannot read " << logPath;

  fs::path file = fs::temp_directory_path() / ("accord_plans_" + std::to_string(::getpid()) + ".db");
  auto opened = store::openStore("sqlite:" + file.string(), 1);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  opened.value().store.reset();
  soci::session sql(*soci::factory_sqlite3(), "db=\"" + file.string() + "\"");

  // A migration's statements run once, when the schema changes.
  std::set<std::string> once;
  for (const auto& migration : store::sqliteMigrations())
    for (std::string statement : migration.statements) {
      for (char& c : statement)
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
      once.insert(statement);
    }
  std::set<std::string> statements;
  for (std::string line; std::getline(log, line);) {
    auto tab = line.find('\t');
    if (tab == std::string::npos || line.substr(0, tab) != "sqlite3") continue;
    std::string statement = line.substr(tab + 1);
    static const std::regex planned(R"(^\s*(SELECT|WITH|UPDATE|DELETE|INSERT))", std::regex::icase);
    if (std::regex_search(statement, planned) && !once.count(statement)) statements.insert(statement);
  }
  ASSERT_GT(statements.size(), 100u) << "too few statements were logged to judge the plans";

  int scans = 0;
  for (const auto& statement : statements) {
    std::vector<std::string> details;
    try {
      soci::rowset<soci::row> rows = (sql.prepare << "EXPLAIN QUERY PLAN " + statement);
      for (const auto& row : rows) details.push_back(row.get<std::string>(3));
    } catch (const std::exception& e) {
      ADD_FAILURE() << "cannot plan a statement the server ran: " << e.what() << "\n" << statement;
      continue;
    }
    auto names = namesOf(statement);
    // A walk in the order of the answer that stops at its LIMIT (the newest practices, say) reads
    // only what it returns, unless the filters refuse most rows.
    static const std::regex limited(R"(\bLIMIT\b)", std::regex::icase);
    bool sortedAfter = std::any_of(details.begin(), details.end(),
                                   [](const std::string& d) { return d.find("TEMP B-TREE FOR ORDER BY") != std::string::npos; });
    bool walksInOrder = std::regex_search(statement, limited) && !sortedAfter;
    for (const auto& detail : details) {
      if (detail.rfind("SCAN ", 0) != 0) continue;
      std::string name = detail.substr(5, detail.find(' ', 5) - 5);
      auto it = names.find(name);
      std::string table = it == names.end() ? name : it->second;
      if (!kLargeTables.count(table) || walksInOrder) continue;
      ++scans;
      ADD_FAILURE() << "reads the whole of " << table << " (" << detail << "):\n" << statement;
    }
  }
  EXPECT_EQ(scans, 0);
  sql.close();
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(file.string() + suffix);
}

}  // namespace
}  // namespace accord
