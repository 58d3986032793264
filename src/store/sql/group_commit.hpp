#pragma once
// Write transactions on the one writer connection, committed together (SQLite).
//
// With `synchronous=FULL` every COMMIT waits for the disk (about 0.7 ms on a virtual disk), and SQLite
// has one writer at a time, so writes committed one by one cannot pass about 1,400 a second however
// little each does. Here the writers queue for the connection as before, but each runs inside a
// SAVEPOINT of a transaction that stays open while others are waiting: the last of them (or the one
// that finds the batch full or old enough) commits it, and every member's commit() returns only once
// that COMMIT is on disk. Nothing is acknowledged before it is durable.
//
// A member that rolls back undoes only its own writes (ROLLBACK TO its savepoint). Should the whole
// transaction be lost (the disk full or failing), every member not yet answered is told its write
// failed. A member waits for the others at most `maxAge` after the batch began, plus one member's work.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "store/sql/connection_pool.hpp"

namespace accord::store {

class GroupCommit {
 public:
  // `inTransaction`: whether a transaction is open on the session, asked without a statement.
  using InTransaction = std::function<bool(soci::session&)>;

  GroupCommit(ConnectionPool& writers, const char* begin, InTransaction inTransaction, std::size_t maxMembers,
              std::chrono::microseconds maxAge);
  ~GroupCommit();

  struct Batch;

  // One write transaction inside a batch. Ends with commit() or, failing that, rolls back when destroyed.
  class Member {
   public:
    Member(GroupCommit& group, std::shared_ptr<Batch> batch, KeepingSession& sql);
    ~Member();
    Member(const Member&) = delete;
    Member& operator=(const Member&) = delete;

    KeepingSession& session() { return sql_; }
    // Keeps this member's writes in the batch and waits until the batch is committed; throws when
    // they could not be kept or the batch failed.
    void commit();

   private:
    void rollback() noexcept;

    GroupCommit& group_;
    std::shared_ptr<Batch> batch_;
    KeepingSession& sql_;
    bool ended_ = false;
  };

  // Waits for the connection, then begins this writer's part of a batch (opening the batch when none is).
  std::unique_ptr<Member> join();

  // How many batches have been committed or rolled back, and how many writers wait for the connection.
  std::size_t batchesEnded() const;
  std::size_t waiting() const;

 private:
  // Called by the member holding the connection when it has ended its part: hands the connection
  // to a waiting writer, or ends the batch. Returns once the batch has ended when `wait`.
  void leave(const std::shared_ptr<Batch>& batch, bool wait);
  void endBatch(const std::shared_ptr<Batch>& batch);

  ConnectionPool& writers_;
  const char* begin_;
  InTransaction inTransaction_;
  const std::size_t maxMembers_;
  const std::chrono::microseconds maxAge_;

  mutable std::mutex mutex_;
  std::condition_variable turn_;   // the connection became free
  std::condition_variable ended_;  // a batch ended
  bool busy_ = false;              // a writer holds the connection
  std::size_t waiting_ = 0;
  std::size_t batchesEnded_ = 0;
  // Touched only by the writer holding the connection.
  std::optional<ConnectionPool::Lease> lease_;
  std::shared_ptr<Batch> open_;
};

}  // namespace accord::store
