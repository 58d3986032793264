#include "store/sql/group_commit.hpp"

#include <stdexcept>
#include <utility>

namespace accord::store {

struct GroupCommit::Batch {
  std::chrono::steady_clock::time_point began;
  std::size_t members = 0;  // writers that joined it
  std::size_t kept = 0;     // members whose writes are in it
  bool lost = false;        // the transaction is gone or holds writes it must not keep: nothing in it is kept
  // Set under the group's mutex when the batch ends.
  bool ended = false;
  std::string failure;  // why its writes were not committed; empty when they were
};

namespace {

constexpr const char* kSavepoint = "SAVEPOINT accord_write";
constexpr const char* kRelease = "RELEASE accord_write";
constexpr const char* kRollbackTo = "ROLLBACK TO accord_write";

}  // namespace

GroupCommit::GroupCommit(ConnectionPool& writers, const char* begin, InTransaction inTransaction,
                         std::size_t maxMembers, std::chrono::microseconds maxAge)
    : writers_(writers),
      begin_(begin),
      inTransaction_(std::move(inTransaction)),
      maxMembers_(maxMembers),
      maxAge_(maxAge) {}

GroupCommit::~GroupCommit() = default;

std::unique_ptr<GroupCommit::Member> GroupCommit::join() {
  {
    std::unique_lock lock(mutex_);
    ++waiting_;
    turn_.wait(lock, [&] { return !busy_; });
    --waiting_;
    busy_ = true;
  }
  try {
    if (!open_) {
      lease_.emplace(writers_.acquire());
      runKept(**lease_, begin_);
      open_ = std::make_shared<Batch>();
      open_->began = std::chrono::steady_clock::now();
    }
    runKept(**lease_, kSavepoint);
  } catch (...) {
    if (open_) {
      if (!inTransaction_(**lease_)) open_->lost = true;
      leave(open_, false);
    } else {
      lease_.reset();
      {
        std::lock_guard lock(mutex_);
        busy_ = false;
      }
      turn_.notify_one();
    }
    throw;
  }
  ++open_->members;
  return std::make_unique<Member>(*this, open_, **lease_);
}

void GroupCommit::leave(const std::shared_ptr<Batch>& batch, bool wait) {
  bool end = true;
  {
    std::lock_guard lock(mutex_);
    end = batch->lost || waiting_ == 0 || batch->members >= maxMembers_ ||
          std::chrono::steady_clock::now() - batch->began >= maxAge_;
    if (!end) busy_ = false;  // the batch stays open for the next writer
  }
  if (end)
    endBatch(batch);
  else
    turn_.notify_one();
  if (!wait) return;
  std::unique_lock lock(mutex_);
  ended_.wait(lock, [&] { return batch->ended; });
}

void GroupCommit::endBatch(const std::shared_ptr<Batch>& batch) {
  std::string failure;
  auto& sql = **lease_;
  try {
    if (batch->lost) {
      failure = "the write transaction was lost before it could be committed";
      if (inTransaction_(sql)) sql << "ROLLBACK";
    } else {
      runKept(sql, batch->kept > 0 ? "COMMIT" : "ROLLBACK");
    }
  } catch (const std::exception& e) {
    if (failure.empty()) failure = e.what();
    try {
      if (inTransaction_(sql)) sql << "ROLLBACK";
    } catch (...) {
      lease_->discard();
    }
  }
  if (failure.empty() && inTransaction_(sql)) {
    failure = "the write transaction did not end";
    lease_->discard();
  }
  lease_.reset();
  open_.reset();
  {
    std::lock_guard lock(mutex_);
    batch->failure = std::move(failure);
    batch->ended = true;
    ++batchesEnded_;
    busy_ = false;
  }
  ended_.notify_all();
  turn_.notify_one();
}

std::size_t GroupCommit::batchesEnded() const {
  std::lock_guard lock(mutex_);
  return batchesEnded_;
}

std::size_t GroupCommit::waiting() const {
  std::lock_guard lock(mutex_);
  return waiting_;
}

GroupCommit::Member::Member(GroupCommit& group, std::shared_ptr<Batch> batch, KeepingSession& sql)
    : group_(group), batch_(std::move(batch)), sql_(sql) {}

GroupCommit::Member::~Member() {
  if (!ended_) rollback();
}

void GroupCommit::Member::commit() {
  ended_ = true;
  try {
    runKept(sql_, kRelease);
  } catch (...) {
    // This member's writes may be only partly undone: none of the batch is kept.
    batch_->lost = true;
    group_.leave(batch_, false);
    throw;
  }
  if (group_.inTransaction_(sql_))
    ++batch_->kept;
  else
    batch_->lost = true;
  group_.leave(batch_, true);
  // The batch has ended: its failure was written before `ended`, under the mutex leave() waited on.
  if (!batch_->failure.empty()) throw std::runtime_error(batch_->failure);
}

void GroupCommit::Member::rollback() noexcept {
  ended_ = true;
  try {
    runKept(sql_, kRollbackTo);
    runKept(sql_, kRelease);
    if (!group_.inTransaction_(sql_)) batch_->lost = true;
  } catch (...) {
    // Whatever this member wrote might stay in the batch: none of it is kept.
    batch_->lost = true;
  }
  try {
    group_.leave(batch_, false);
  } catch (...) {
  }
}

}  // namespace accord::store
