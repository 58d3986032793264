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
  template <class Columns>
  void bind(Columns& st) { st.into(name); }
  std::string take() const { return name; }
};

struct NumberRow {
  int n = 0;
  template <class Columns>
  void bind(Columns& st) { st.into(n); }
  int take() const { return n; }
};

struct MaybeNumberRow {
  OptionalColumn<long long> n;
  template <class Columns>
  void bind(Columns& st) {
    st.into(n);
  }
  std::optional<long long> take() const { return n.get(); }
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
  // 1 / :d fails when d is zero in SQLite only by giving NULL, so fail with a type the column cannot hold.
  EXPECT_EQ(selectKept<NumberRow>(*reader, "SELECT n / :d FROM numbers", 1LL), std::vector<int>{1});
  EXPECT_THROW(selectKept<NumberRow>(*reader, "SELECT n / :d FROM numbers", 0LL), soci::soci_error);
  EXPECT_EQ(selectKept<NumberRow>(*reader, "SELECT n / :d FROM numbers", 1LL), std::vector<int>{1});
}

// Rows read through SQLite's own interface: a NULL comes through an indicator, and the next row's value
// is read again after it; a NULL where the row has no indicator is an error, as it is through SOCI.
TEST_F(KeptStatements, ANullColumnIsReadThroughItsIndicatorAndRefusedWithoutOne) {
  auto reader = open<KeepingSession>();
  *writer_ << "CREATE TABLE numbers (id INTEGER PRIMARY KEY, n INTEGER)";
  *writer_ << "INSERT INTO numbers (n) VALUES (7), (NULL), (9)";
  EXPECT_EQ(selectKept<MaybeNumberRow>(*reader, "SELECT n FROM numbers ORDER BY id"),
            (std::vector<std::optional<long long>>{7, std::nullopt, 9}));
  EXPECT_THROW(selectKept<NumberRow>(*reader, "SELECT n FROM numbers ORDER BY id"), soci::soci_error);
  EXPECT_EQ(selectKept<NumberRow>(*reader, "SELECT n FROM numbers WHERE n > :n ORDER BY id", 8LL),
            std::vector<int>{9});
}

// A row that names fewer or more places than the statement has columns is refused when prepared,
// not read wrongly.
TEST_F(KeptStatements, ARowOfAnotherWidthThanTheStatementIsRefused) {
  auto reader = open<KeepingSession>();
  EXPECT_THROW(selectKept<NameRow>(*reader, "SELECT name, side FROM people"), soci::soci_error);
  EXPECT_THROW(selectKept<IdTextRow>(*reader, "SELECT name FROM people"), soci::soci_error);
  EXPECT_EQ(selectKept<IdTextRow>(*reader, "SELECT id, name FROM people WHERE id = :id", 1LL).size(), 1u);
}

// A database locked by a writer is reported with SQLite's own code, as SOCI reports it: the store
// answers "unavailable, try again" (503) for it, not an internal error.
TEST_F(KeptStatements, ALockedDatabaseIsReportedWithSqlitesBusyCode) {
  fs::path other = fs::temp_directory_path() / ("accord_kept_lock_" + std::to_string(::getpid()) + ".db");
  {
    soci::session writer(*soci::factory_sqlite3(), "db=\"" + other.string() + "\" timeout=0");
    writer << "PRAGMA journal_mode = DELETE";  // without WAL, a writer's exclusive lock keeps readers out
    writer << "CREATE TABLE people (name TEXT)";
    KeepingSession reader(*soci::factory_sqlite3(), "db=\"" + other.string() + "\" timeout=0");
    EXPECT_EQ(selectKept<NameRow>(reader, "SELECT name FROM people").size(), 0u);
    writer << "BEGIN EXCLUSIVE";
    writer << "INSERT INTO people VALUES ('Ana')";
    try {
      selectKept<NameRow>(reader, "SELECT name FROM people");
      ADD_FAILURE() << "read a database another session holds exclusively";
    } catch (const soci::sqlite3_soci_error& e) {
      EXPECT_EQ(e.result(), 5);  // SQLITE_BUSY
    }
    writer << "COMMIT";
    EXPECT_EQ(selectKept<NameRow>(reader, "SELECT name FROM people"), std::vector<std::string>{"Ana"});
  }
  fs::remove(other);
}

}  // namespace
}  // namespace accord::store
