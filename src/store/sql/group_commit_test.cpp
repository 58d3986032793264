#include "store/sql/group_commit.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <cctype>
#include <future>
#include <thread>
#include <vector>

#include <soci/sqlite3/soci-sqlite3.h>

#include "store/sqlite/migrations.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace accord::store {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// A real SQLite file with one writer connection, as openSqlite makes it, and a reader beside it.
class GroupCommitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    file_ = fs::temp_directory_path() / ("accord_group_commit_" + std::to_string(::getpid()) + ".db");
    writers_ = std::make_unique<ConnectionPool>(1, [this] {
      auto sql = std::make_unique<KeepingSession>(*soci::factory_sqlite3(), "db=\"" + file_.string() + "\" timeout=5");
      *sql << "PRAGMA journal_mode = WAL";
      *sql << "PRAGMA synchronous = FULL";
      return sql;
    }, [](soci::session&) { return false; });
    {
      // A table of the real schema, so that QueryPlans can plan the statements the writers log.
      auto lease = writers_->acquire();
      *lease << "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                "applied_at BIGINT NOT NULL)";
    }
    group_ = std::make_unique<GroupCommit>(*writers_, "BEGIN IMMEDIATE", sqliteInTransaction, 64, 1s);
  }
  void TearDown() override {
    group_.reset();
    writers_.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(file_.string() + suffix);
  }

  // What another connection sees committed.
  std::vector<long long> committed() {
    soci::session reader(*soci::factory_sqlite3(), "db=\"" + file_.string() + "\" timeout=5");
    std::vector<long long> out;
    soci::rowset<long long> rows = (reader.prepare << "SELECT version FROM schema_migrations ORDER BY version");
    for (long long n : rows) out.push_back(n);
    return out;
  }

  static void insert(GroupCommit::Member& member, long long n) {
    member.session() << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:n, 'write', 0)",
        soci::use(n);
  }

  // One writer's whole write, from joining a batch to its commit.
  void write(long long n) {
    auto member = group_->join();
    insert(*member, n);
    member->commit();
  }

  // Waits until `count` writers wait for the connection.
  void untilWaiting(std::size_t count) {
    while (group_->waiting() < count) std::this_thread::sleep_for(1ms);
  }

  fs::path file_;
  std::unique_ptr<ConnectionPool> writers_;
  std::unique_ptr<GroupCommit> group_;
};

TEST_F(GroupCommitTest, WritersThatOverlapShareACommitAndEveryWriteIsKept) {
  constexpr int kThreads = 8, kEach = 20;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        auto member = group_->join();
        insert(*member, t * kEach + i + 1);
        std::this_thread::sleep_for(200us);  // long enough for the others to queue behind it
        member->commit();
      }
    });
  }
  for (auto& thread : threads) thread.join();
  auto rows = committed();
  ASSERT_EQ(rows.size(), static_cast<std::size_t>(kThreads * kEach));
  EXPECT_EQ(rows.front(), 1);
  EXPECT_EQ(rows.back(), kThreads * kEach);
  // One COMMIT per write would end as many batches as writes.
  EXPECT_LT(group_->batchesEnded(), static_cast<std::size_t>(kThreads * kEach));
}

TEST_F(GroupCommitTest, AWriterIsAnsweredOnlyOnceTheBatchHoldingItIsCommitted) {
  auto first = group_->join();
  insert(*first, 1);
  std::promise<void> secondHolds, secondMayEnd;
  std::thread second([&] {
    auto member = group_->join();
    insert(*member, 2);
    secondHolds.set_value();
    secondMayEnd.get_future().wait();
    member->commit();
  });
  untilWaiting(1);
  auto answered = std::async(std::launch::async, [&] { first->commit(); });
  secondHolds.get_future().wait();
  // The first writer handed the connection to the second one: its write is not yet committed, so it
  // has not been answered, and no other connection sees it.
  EXPECT_EQ(answered.wait_for(50ms), std::future_status::timeout);
  EXPECT_EQ(committed(), std::vector<long long>{});
  secondMayEnd.set_value();
  second.join();
  answered.get();
  EXPECT_EQ(committed(), (std::vector<long long>{1, 2}));
  EXPECT_EQ(group_->batchesEnded(), 1u);
}

TEST_F(GroupCommitTest, AWriterThatRollsBackUndoesOnlyItsOwnWrites) {
  auto first = group_->join();
  insert(*first, 1);
  std::thread second([&] {
    auto member = group_->join();
    insert(*member, 2);
    // Ends without commit(), as a use case that failed after writing.
  });
  untilWaiting(1);
  first->commit();  // handed on to the second writer, which ends the batch
  second.join();
  EXPECT_EQ(committed(), std::vector<long long>{1});
  EXPECT_EQ(group_->batchesEnded(), 1u);

  write(3);
  EXPECT_EQ(committed(), (std::vector<long long>{1, 3}));
}

TEST_F(GroupCommitTest, ALostTransactionFailsEveryWriterInItAndTheNextBatchStartsAfresh) {
  auto first = group_->join();
  insert(*first, 1);
  std::thread second([&] {
    auto member = group_->join();
    insert(*member, 2);
    // As SQLite does on a full or failing disk: the whole transaction is rolled back under the writers.
    member->session() << "ROLLBACK";
    EXPECT_ANY_THROW(member->commit());
  });
  untilWaiting(1);
  EXPECT_ANY_THROW(first->commit());  // its write is gone: it must not be told it was kept
  second.join();
  EXPECT_EQ(committed(), std::vector<long long>{});

  write(3);
  EXPECT_EQ(committed(), std::vector<long long>{3});
}

TEST_F(GroupCommitTest, ABatchIsCommittedOnceItHoldsAsManyWritersAsAllowed) {
  group_ = std::make_unique<GroupCommit>(*writers_, "BEGIN IMMEDIATE", sqliteInTransaction, 2, 1s);
  auto first = group_->join();
  insert(*first, 1);
  std::vector<std::thread> threads;
  for (long long n : {2LL, 3LL}) {
    threads.emplace_back([&, n] { write(n); });
  }
  untilWaiting(2);
  first->commit();
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(committed(), (std::vector<long long>{1, 2, 3}));
  EXPECT_EQ(group_->batchesEnded(), 2u);  // {1, and one of the others}, then the last
}

// One writer's failing statement must not undo the others' writes in its batch: nothing in the schema
// may roll back the whole transaction (RAISE(ROLLBACK, ...) in a trigger, OR ROLLBACK, ON CONFLICT
// ROLLBACK) or keep half a statement (OR FAIL, ON CONFLICT FAIL).
TEST(GroupCommitSchema, NoStatementOfTheSchemaEndsMoreThanItsOwnStatement) {
  for (const auto& migration : sqliteMigrations()) {
    for (const char* statement : migration.statements) {
      std::string text = statement;
      for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      for (const char* word : {"ROLLBACK", "OR FAIL", "CONFLICT FAIL"})
        EXPECT_EQ(text.find(word), std::string::npos) << migration.name << ": " << statement;
    }
  }
}

}  // namespace
}  // namespace accord::store
