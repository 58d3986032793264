#include "store/sql/kept_statements.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include <soci/sqlite3/soci-sqlite3.h>

namespace accord::store {
namespace {

namespace fs = std::filesystem;

struct NameRow {
  std::string name;
  void bind(soci::statement& st) { st.exchange(soci::into(name)); }
  std::string take() const { return name; }
};

class KeptStatements : public ::testing::Test {
 protected:
  void SetUp() override {
    file_ = fs::temp_directory_path() / ("accord_kept_" + std::to_string(::getpid()) + ".db");
    writer_ = open<soci::session>();
    *writer_ << "PRAGMA journal_mode = WAL";
    *writer_ << "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, side TEXT NOT NULL)";
    *writer_ << "INSERT INTO people (name, side) VALUES ('Ana', 'labor'), ('Ben', 'management'), ('Cy', 'labor')";
  }
  void TearDown() override {
    writer_.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(file_.string() + suffix);
  }
  template <class Session>
  std::unique_ptr<Session> open() {
    return std::make_unique<Session>(*soci::factory_sqlite3(), "db=\"" + file_.string() + "\" timeout=5");
  }
  static constexpr const char* kBySide = "SELECT name FROM people WHERE side = :side ORDER BY id";

  fs::path file_;
  std::unique_ptr<soci::session> writer_;
};

TEST_F(KeptStatements, AStatementIsPreparedOnceAndRunWithEachCallsParameters) {
  auto reader = open<KeepingSession>();
  EXPECT_EQ(selectKept<NameRow>(*reader, kBySide, std::string("labor")), (std::vector<std::string>{"Ana", "Cy"}));
  EXPECT_EQ(selectKept<NameRow>(*reader, kBySide, std::string("management")), (std::vector<std::string>{"Ben"}));
  EXPECT_EQ(selectKept<NameRow>(*reader, kBySide, std::string("neutral")), std::vector<std::string>{});
  EXPECT_EQ(reader->keptCount(), 1u);
  EXPECT_EQ(selectKept<NameRow>(*reader, "SELECT name FROM people WHERE id = :id", 2LL),
            std::vector<std::string>{"Ben"});
  EXPECT_EQ(reader->keptCount(), 2u);
}

TEST_F(KeptStatements, AKeptStatementSeesWhatWasWrittenSinceItsLastRun) {
  auto reader = open<KeepingSession>();
  // Stopped after its first row, the statement would otherwise keep its read snapshot open.
  EXPECT_EQ(selectKept<NameRow>(*reader, "SELECT name FROM people ORDER BY id LIMIT 1").size(), 1u);
  EXPECT_EQ(selectKept<NameRow>(*reader, kBySide, std::string("labor")).size(), 2u);
  *writer_ << "INSERT INTO people (name, side) VALUES ('Dee', 'labor')";
  EXPECT_EQ(selectKept<NameRow>(*reader, kBySide, std::string("labor")), (std::vector<std::string>{"Ana", "Cy", "Dee"}));
  // Nothing of the reader's holds the database: a full checkpoint completes.
  int busy = -1;
  *writer_ << "PRAGMA wal_checkpoint(TRUNCATE)", soci::into(busy);
  EXPECT_EQ(busy, 0);
}

TEST_F(KeptStatements, AFailedRunLeavesTheStatementUsable) {
  auto reader = open<KeepingSession>();
  *writer_ << "CREATE TABLE numbers (n INTEGER)";
  *writer_ << "INSERT INTO numbers VALUES (1)";
  struct NumberRow {
    int n = 0;
    void bind(soci::statement& st) { st.exchange(soci::into(n)); }
    int take() const { return n; }
  };
  // 1 / :d fails when d is zero in SQLite only by giving NULL, so fail with a type the column cannot hold.
  EXPECT_EQ(selectKept<NumberRow>(*reader, "SELECT n / :d FROM numbers", 1LL), std::vector<int>{1});
  EXPECT_THROW(selectKept<NumberRow>(*reader, "SELECT n / :d FROM numbers", 0LL), soci::soci_error);
  EXPECT_EQ(selectKept<NumberRow>(*reader, "SELECT n / :d FROM numbers", 1LL), std::vector<int>{1});
}

}  // namespace
}  // namespace accord::store
