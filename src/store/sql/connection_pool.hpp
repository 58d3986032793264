#pragma once
// A fixed set of SOCI sessions handed out one at a time, returned by RAII.
//
// A session that lost its server is never handed out again: it is replaced by a fresh one when next
// needed. Losing one usually means the server went away for all of them (a restart), so every idle
// session and every session leased before the loss is replaced too; the pool heals on its own once
// the database answers again.
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

#include <soci/soci.h>

#include "store/sql/kept_statements.hpp"

namespace accord::store {

// Thrown when no session can be opened: the database cannot be reached (it answers 503).
class DatabaseUnreachable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class ConnectionPool {
 public:
  using Factory = std::function<std::unique_ptr<KeepingSession>()>;
  // Tells, without a round trip, whether a session has lost its server.
  using LossProbe = std::function<bool(soci::session&)>;

  // Opens `size` sessions now, so a bad connection string fails at start-up.
  // Opens `size` sessions now, or, when `lazily`, as they are first needed (a server then starts
  // even while the database is away).
  ConnectionPool(std::size_t size, Factory factory, LossProbe lost, bool lazily = false);

  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<KeepingSession> session, std::uint64_t generation)
        : pool_(pool), session_(std::move(session)), generation_(generation) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease();
    KeepingSession& operator*() { return *session_; }
    // The session failed in a way that may have broken it: open a fresh one instead of reusing it.
    void discard() { broken_ = true; }
    // Whether the session has lost its server (checked after a statement failed).
    bool lost() { return session_ && pool_->lost_(*session_); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<KeepingSession> session_;
    std::uint64_t generation_;
    bool broken_ = false;
  };

  // Waits until a session is free; throws DatabaseUnreachable when a fresh one cannot be opened.
  Lease acquire();

  // Replaces every idle session, and every leased one when it comes back.
  void discardAll();

  // Called (outside the pool's lock) when a returned session turns out to have lost its server.
  void onLoss(std::function<void()> listener) { onLoss_ = std::move(listener); }

 private:
  std::unique_ptr<KeepingSession> open();  // a fresh session from the factory
  void giveBack(std::unique_ptr<KeepingSession> session, std::uint64_t generation, bool broken);

  Factory factory_;
  LossProbe lost_;
  std::function<void()> onLoss_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<KeepingSession>> idle_;
  std::size_t missing_ = 0;      // sessions discarded and not yet reopened
  std::uint64_t generation_ = 0;  // raised by discardAll(); older leases are not taken back
};

}  // namespace accord::store
