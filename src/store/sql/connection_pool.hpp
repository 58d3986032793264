#pragma once
// A fixed set of SOCI sessions handed out one at a time, returned by RAII.
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include <soci/soci.h>

namespace accord::store {

class ConnectionPool {
 public:
  using Factory = std::function<std::unique_ptr<soci::session>()>;

  // Opens `size` sessions now, so a bad connection string fails at start-up.
  ConnectionPool(std::size_t size, Factory factory);

  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<soci::session> session) : pool_(pool), session_(std::move(session)) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    soci::session& operator*() { return *session_; }
    // The session failed in a way that may have broken it: open a fresh one instead of reusing it.
    void discard() { broken_ = true; }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<soci::session> session_;
    bool broken_ = false;
  };

  // Waits until a session is free.
  Lease acquire();

 private:
  void giveBack(std::unique_ptr<soci::session> session, bool broken);

  Factory factory_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<soci::session>> idle_;
  std::size_t missing_ = 0;  // sessions discarded and not yet reopened
};

}  // namespace accord::store
