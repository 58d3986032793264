#pragma once
// A Store over SOCI: one pool for reading and one for writing, which for SQLite is a
// single connection (SQLite allows one writer at a time; queueing here avoids busy errors).
#include <memory>
#include <string>
#include <vector>

#include "domain/store.hpp"
#include "store/sql/connection_pool.hpp"
#include "store/sql/group_commit.hpp"

namespace accord::store {

class ProfileCache;

struct Migration {
  int version;
  const char* name;
  std::vector<const char*> statements;
};

struct Dialect {
  std::string backend;          // "sqlite" or "postgresql"
  const char* beginRead;        // starts a read-only transaction
  const char* beginWrite;       // starts a read-write transaction
  const char* lockMigrations;   // run first inside the migration transaction, or nullptr
  const std::vector<Migration>* migrations;
  // With read replicas: where the primary's log ends after a commit, and how far a replica has
  // replayed it, each as one whole number.
  const char* writePosition = nullptr;
  const char* replayPosition = nullptr;
  // Whether a request's reads share one snapshot (Store::shareReads): where a transaction is a
  // few calls in the process (SQLite), not where it is two more round trips (PostgreSQL).
  bool sharesReads = false;
};

class SqlStore final : public domain::Store {
 public:
  SqlStore(Dialect dialect, std::unique_ptr<ConnectionPool> readers, std::unique_ptr<ConnectionPool> writers);
  ~SqlStore() override;

  Result<domain::TransactionPtr> read() override;
  Result<domain::TransactionPtr> readOneStatement() override;
  Result<domain::TransactionPtr> write() override;
  Result<domain::TransactionPtr> readPublished() override;
  void shareReads() override;
  void endSharedReads() override;
  void readAfter(const std::string& position) override;
  std::string takeWritePosition() override;
  bool readsPublishedElsewhere() const override { return !replicas_.empty(); }
  Result<void> ping() override;
  std::string backend() const override { return dialect_.backend; }

  // Writes from here on are committed in batches (store/sql/group_commit.hpp); for a single writer.
  void commitInGroups(GroupCommit::InTransaction inTransaction, std::size_t maxMembers,
                      std::chrono::microseconds maxAge);

  // A streaming replica that `readPublished()` may read on; added before the first request.
  void addReplica(std::unique_ptr<ConnectionPool> pool);

  // Applies the migrations not yet recorded; returns how many it applied.
  Result<int> migrate();

 private:
  // `positionAfterCommit`: see Dialect::writePosition.
  Result<domain::TransactionPtr> begin(ConnectionPool& pool, const char* sql,
                                       const char* positionAfterCommit = nullptr);
  // This thread's shared snapshot, begun when it has none (Store::shareReads).
  Result<domain::TransactionPtr> readShared();
  // Runs `first(lease)`, the first statement on a leased session, once more on a fresh session
  // when the leased one turns out to have lost its server.
  template <class F>
  auto onFreshSession(ConnectionPool& pool, F&& first) -> decltype(first(std::declval<ConnectionPool::Lease&>()));

  Dialect dialect_;
  std::unique_ptr<ConnectionPool> readers_;
  std::unique_ptr<ConnectionPool> writers_;
  std::unique_ptr<GroupCommit> groups_;  // over writers_, when writes are committed in batches
  std::unique_ptr<ProfileCache> profiles_;  // shared by every transaction's practices
  struct Replica {
    std::unique_ptr<ConnectionPool> pool;
    std::atomic<long long> downUntil{0};  // steady-clock milliseconds: not tried before then
  };
  std::vector<std::unique_ptr<Replica>> replicas_;
  std::atomic<unsigned> nextReplica_{0};
};

}  // namespace accord::store
