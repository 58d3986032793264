#pragma once
// A PostgreSQL server of the test's own, on loopback, that the test may stop and start again
// (the shared server of ACCORD_TEST_PG_URL must stay up for the other tests).
#include <cstdint>
#include <string>

namespace accord::testing {

class OwnPostgres {
 public:
  // Why no server can be made here, or empty when one can.
  static std::string unavailableBecause();

  OwnPostgres();   // initdb and start; check running()
  ~OwnPostgres();  // stops it at once and removes its files
  OwnPostgres(const OwnPostgres&) = delete;
  OwnPostgres& operator=(const OwnPostgres&) = delete;

  bool start();
  // `mode` is pg_ctl's: "immediate" (as a crash) or "fast" (clients disconnected, a clean shutdown).
  bool stop(const std::string& mode);
  bool running() const { return running_; }
  std::string url() const;

 private:
  bool run(const std::string& command) const;  // as the postgres user when this process is root

  std::string dir_;
  std::uint16_t port_ = 0;
  bool running_ = false;
};

}  // namespace accord::testing
