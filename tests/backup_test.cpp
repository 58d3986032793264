// accord backup while the server writes, then accord restore into a new database: every write
// acknowledged before the backup began is there, and every district's decision log verifies.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <thread>

#include "domain/decision/use_cases.hpp"
#include "partnership_fixture.hpp"
#include "domain/account/use_cases.hpp"
#include "store/open_store.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace accord::testing {
namespace {

using Clock = std::chrono::steady_clock;

struct Ran {
  int code = -1;
  std::string output;
};

Ran runBinary(const std::string& args) {
  std::string line = std::string(std::getenv("ACCORD_BINARY")) + " " + args + " 2>&1";
  FILE* pipe = ::popen(line.c_str(), "r");
  Ran ran;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) ran.output.append(buffer, n);
  int status = ::pclose(pipe);
  ran.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return ran;
}

class Backup : public PartnershipApi {};
ACCORD_ON_EVERY_BACKEND(Backup);

TEST_P(Backup, ACopyTakenUnderLoadRestoresEveryAcknowledgedWriteAndTheDecisionLogsVerify) {
  if (!std::getenv("ACCORD_BINARY")) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  decide("Bell schedule");
  decide("Bus routes", true);
  decide("Library hours");
  auto source = domain::verifyEveryDecisionLog(*store_);
  ASSERT_TRUE(source.ok());
  ASSERT_EQ(source->size(), 1u);
  long long sourceEntries = 0;
  for (const auto& c : *source) sourceEntries += c.check.entries;

  const Session& admin = super_;
  std::atomic<bool> stop{false};
  std::mutex mutex;
  std::vector<std::pair<Clock::time_point, long long>> acknowledged;
  std::vector<std::thread> writers;
  for (int w = 0; w < 4; ++w) {
    writers.emplace_back([&, w] {
      for (int n = 0; !stop; ++n) {
        auto r = post("/api/v1/districts",
                      {{"name", "District " + std::to_string(w) + "-" + std::to_string(n)},
                       {"state", "CA"},
                       {"my_side", "management"},
                       {"my_role", "superintendent"}},
                      &admin);
        if (r.status == 201) {
          std::lock_guard lock(mutex);
          acknowledged.emplace_back(Clock::now(), r.json()["id"].get<long long>());
        }
      }
    });
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  const auto backupBegan = Clock::now();
  std::string file = ::testing::TempDir() + "/accord_backup_" + std::to_string(::getpid()) + "_" + GetParam();
  auto made = runBinary("backup --db '" + database_->url() + "' --out " + file);
  stop = true;
  for (auto& t : writers) t.join();
  ASSERT_EQ(made.code, 0) << made.output;
  EXPECT_NE(made.output.find("backed up the " + GetParam() + " database"), std::string::npos) << made.output;
  EXPECT_FALSE(std::filesystem::exists(file + ".partial"));

  TestDatabase target(GetParam());
  auto restored = runBinary("restore --db '" + target.url() + "' --from " + file);
  ASSERT_EQ(restored.code, 0) << restored.output;
  EXPECT_NE(restored.output.find(fmt::format("{} of {} district(s) verify, {} entries", source->size(),
                                             source->size(), sourceEntries)),
            std::string::npos)
      << restored.output;

  auto opened = store::openStore(target.url(), 2);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  auto tx = opened->store->read();
  ASSERT_TRUE(tx.ok());
  int before = 0;
  for (const auto& [at, id] : acknowledged) {
    if (at >= backupBegan) continue;  // acknowledged while the copy was made: in it or not
    ++before;
    EXPECT_TRUE((*tx)->districts().byId(id).ok()) << "district " << id << " was acknowledged before the backup";
  }
  EXPECT_GT(before, 0);
  tx->reset();
  auto checks = domain::verifyEveryDecisionLog(*opened->store);
  ASSERT_TRUE(checks.ok());
  for (const auto& c : *checks) EXPECT_TRUE(c.check.ok) << "district " << c.districtId << ": " << c.check.reason;
  opened->store.reset();

  // A restore never overwrites a database that holds anything.
  auto again = runBinary("restore --db '" + target.url() + "' --from " + file);
  EXPECT_NE(again.code, 0);
  EXPECT_NE(again.output.find("already"), std::string::npos) << again.output;
  std::filesystem::remove(file);
}

int pageSizeOf(const std::string& file) {
  soci::session raw("sqlite3", "db=" + file);
  int size = 0;
  raw << "PRAGMA page_size", soci::into(size);
  return size;
}

// A new SQLite database is made of 16 KiB pages; one made of smaller pages before is written anew in
// them by `accord restore`, with everything in it.
TEST(BackupOfAnOlderFile, ARestoreWritesTheDatabaseAnewInTodaysPageSize) {
  if (!std::getenv("ACCORD_BINARY")) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  namespace fs = std::filesystem;
  fs::path dir = fs::path(::testing::TempDir()) / ("accord_page_size_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string older = (dir / "older.db").string(), backup = (dir / "backup.db").string(),
                    restored = (dir / "restored.db").string(), fresh = (dir / "fresh.db").string();
  {
    soci::session raw("sqlite3", "db=" + older);
    raw << "PRAGMA page_size = 4096";
    raw << "PRAGMA journal_mode = WAL";
  }
  {
    auto opened = store::openStore("sqlite:" + older, 1);
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    domain::NewUser ana;
    ana.email = "ana@example.org";
    ana.name = "Ana";
    ana.password = kPassword;
    ASSERT_TRUE(domain::addUser(*opened->store, ana, 1700000000).ok());
  }
  ASSERT_EQ(pageSizeOf(older), 4096);
  ASSERT_TRUE(store::openStore("sqlite:" + fresh, 1).ok());
  EXPECT_EQ(pageSizeOf(fresh), store::kSqlitePageSize);

  auto made = runBinary("backup --db sqlite:" + older + " --out " + backup);
  ASSERT_EQ(made.code, 0) << made.output;
  auto back = runBinary("restore --db sqlite:" + restored + " --from " + backup);
  ASSERT_EQ(back.code, 0) << back.output;
  EXPECT_EQ(pageSizeOf(restored), store::kSqlitePageSize);
  auto opened = store::openStore("sqlite:" + restored, 1);
  ASSERT_TRUE(opened.ok()) << opened.error().message;
  auto tx = opened->store->read();
  ASSERT_TRUE(tx.ok());
  EXPECT_TRUE((*tx)->users().byEmail("ana@example.org").ok());
  tx->reset();
  opened->store.reset();
  fs::remove_all(dir);
}

}  // namespace
}  // namespace accord::testing
