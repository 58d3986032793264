#include "store/sql/connection_pool.hpp"

namespace accord::store {

ConnectionPool::ConnectionPool(std::size_t size, Factory factory) : factory_(std::move(factory)) {
  for (std::size_t i = 0; i < size; ++i) idle_.push_back(factory_());
}

ConnectionPool::Lease::~Lease() {
  if (pool_ && session_) pool_->giveBack(std::move(session_), broken_);
}

ConnectionPool::Lease ConnectionPool::acquire() {
  std::unique_lock lock(mutex_);
  available_.wait(lock, [&] { return !idle_.empty() || missing_ > 0; });
  if (!idle_.empty()) {
    auto session = std::move(idle_.back());
    idle_.pop_back();
    return Lease(this, std::move(session));
  }
  --missing_;
  lock.unlock();
  try {
    return Lease(this, factory_());
  } catch (...) {
    std::lock_guard relock(mutex_);
    ++missing_;
    available_.notify_one();
    throw;
  }
}

void ConnectionPool::giveBack(std::unique_ptr<soci::session> session, bool broken) {
  {
    std::lock_guard lock(mutex_);
    if (broken) ++missing_;
    else idle_.push_back(std::move(session));
  }
  available_.notify_one();
}

}  // namespace accord::store
