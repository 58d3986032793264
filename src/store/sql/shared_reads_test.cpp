// A request that only reads shares one snapshot between its session lookup and its use case
// (Store::shareReads), on a real SQLite file as the server opens it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include "domain/account/account.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace accord::store {
namespace {

namespace fs = std::filesystem;

class SharedReads : public ::testing::Test {
 protected:
  void SetUp() override {
    file_ = fs::temp_directory_path() / ("accord_shared_reads_" + std::to_string(::getpid()) + ".db");
    store_ = openSqlite(file_.string(), 2);
    ASSERT_TRUE(store_->migrate().ok());
    addPerson("ana@example.org");
  }
  void TearDown() override {
    store_.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(file_.string() + suffix);
  }

  void addPerson(const std::string& email) {
    auto tx = store_->write();
    ASSERT_TRUE(tx.ok());
    domain::User user;
    user.email = email;
    user.name = email;
    ASSERT_TRUE((*tx)->users().insert(user).ok());
    ASSERT_TRUE((*tx)->commit().ok());
  }
  // Written by another request, on a thread of its own that shares nothing.
  void addPersonElsewhere(const std::string& email) {
    std::thread([&] { addPerson(email); }).join();
  }
  bool seen(Result<domain::TransactionPtr> tx, const std::string& email) {
    EXPECT_TRUE(tx.ok());
    if (!tx.ok()) return false;
    return (*tx)->users().byEmail(email).ok();
  }

  fs::path file_;
  std::unique_ptr<SqlStore> store_;
};

TEST_F(SharedReads, TheLookupAndTheUseCaseOfOneRequestSeeTheSameMoment) {
  {
    domain::SharedReads shared(*store_);
    EXPECT_TRUE(seen(store_->readOneStatement(), "ana@example.org"));
    addPersonElsewhere("ben@example.org");
    // Without the shared snapshot the use case would see a database the lookup never saw.
    EXPECT_FALSE(seen(store_->read(), "ben@example.org"));
    EXPECT_FALSE(seen(store_->readOneStatement(), "ben@example.org"));
  }
  // The next request begins where the database is now.
  EXPECT_TRUE(seen(store_->read(), "ben@example.org"));
  domain::SharedReads next(*store_);
  EXPECT_TRUE(seen(store_->readOneStatement(), "ben@example.org"));
}

TEST_F(SharedReads, TheReadsAfterARequestsOwnWriteSeeItAndEverythingBefore) {
  domain::SharedReads shared(*store_);
  EXPECT_TRUE(seen(store_->read(), "ana@example.org"));
  addPersonElsewhere("ben@example.org");
  addPerson("cy@example.org");
  auto after = store_->read();
  ASSERT_TRUE(after.ok());
  EXPECT_TRUE((*after)->users().byEmail("cy@example.org").ok());
  EXPECT_TRUE((*after)->users().byEmail("ben@example.org").ok());
}

TEST_F(SharedReads, ATransactionStillOpenKeepsItsSnapshotAcrossTheWrite) {
  domain::SharedReads shared(*store_);
  auto before = store_->read();
  ASSERT_TRUE(before.ok());
  EXPECT_TRUE((*before)->users().byEmail("ana@example.org").ok());
  addPerson("cy@example.org");
  // The open transaction goes on reading its own moment; a new one sees the write.
  EXPECT_FALSE((*before)->users().byEmail("cy@example.org").ok());
  EXPECT_TRUE(seen(store_->read(), "cy@example.org"));
}

TEST_F(SharedReads, OtherThreadsShareNothing) {
  domain::SharedReads shared(*store_);
  EXPECT_TRUE(seen(store_->read(), "ana@example.org"));
  addPersonElsewhere("ben@example.org");
  bool seenElsewhere = false;
  std::thread([&] { seenElsewhere = seen(store_->read(), "ben@example.org"); }).join();
  EXPECT_TRUE(seenElsewhere);
}

}  // namespace
}  // namespace accord::store
