#include "store/sql/connection_pool.hpp"

#include "store/sql/query_log.hpp"

namespace accord::store {

std::unique_ptr<KeepingSession> ConnectionPool::open() {
  auto session = factory_();
  logQueriesOf(*session);
  return session;
}

ConnectionPool::ConnectionPool(std::size_t size, Factory factory, LossProbe lost, bool lazily)
    : factory_(std::move(factory)), lost_(std::move(lost)) {
  if (lazily) missing_ = size;
  else
    for (std::size_t i = 0; i < size; ++i) idle_.push_back(open());
}

ConnectionPool::Lease::~Lease() {
  if (pool_ && session_) pool_->giveBack(std::move(session_), generation_, broken_);
}

ConnectionPool::Lease ConnectionPool::acquire() {
  std::unique_lock lock(mutex_);
  available_.wait(lock, [&] { return !idle_.empty() || missing_ > 0; });
  const std::uint64_t generation = generation_;
  if (!idle_.empty()) {
    auto session = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(session), generation);
  }
  --missing_;
  lock.unlock();
  try {
    return Lease(this, open(), generation);
  } catch (const std::exception& e) {
    std::lock_guard relock(mutex_);
    ++missing_;
    available_.notify_one();
    throw DatabaseUnreachable(e.what());
  }
}

void ConnectionPool::discardAll() {
  {
    std::lock_guard lock(mutex_);
    ++generation_;
    missing_ += idle_.size();
    idle_.clear();
  }
  available_.notify_all();
}

void ConnectionPool::giveBack(std::unique_ptr<KeepingSession> session, std::uint64_t generation, bool broken) {
  const bool lost = lost_(*session);
  std::unique_ptr<KeepingSession> closing;  // closed outside the lock: closing talks to the server
  {
    std::lock_guard lock(mutex_);
    if (broken || lost || generation != generation_) {
      ++missing_;
      closing = std::move(session);
    } else {
      idle_.push_back(std::move(session));
    }
  }
  available_.notify_one();
  if (lost && onLoss_) onLoss_();
}

}  // namespace accord::store
