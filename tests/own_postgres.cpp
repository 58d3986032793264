#include "own_postgres.hpp"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

#include "http_client.hpp"

namespace accord::testing {

namespace {

const char* kBin = "/usr/lib/postgresql/15/bin";

}  // namespace

std::string OwnPostgres::unavailableBecause() {
  if (!std::filesystem::exists(std::string(kBin) + "/pg_ctl"))
    return std::string("no PostgreSQL server programs in ") + kBin + "; scripts/setup.sh installs them";
  return {};
}

OwnPostgres::OwnPostgres() : port_(static_cast<std::uint16_t>(freePort())) {
  char pattern[] = "/tmp/accord_own_pg_XXXXXX";
  if (!::mkdtemp(pattern)) return;
  dir_ = pattern;
  // initdb refuses to run as root: the server's files belong to the postgres user.
  if (::geteuid() == 0 && std::system(("chown postgres " + dir_).c_str()) != 0) return;
  if (!run(std::string(kBin) + "/initdb -A trust -U accord -D " + dir_ + "/data >/dev/null")) return;
  start();
}

OwnPostgres::~OwnPostgres() {
  if (running_) stop("immediate");
  if (!dir_.empty()) std::filesystem::remove_all(dir_);
}

bool OwnPostgres::run(const std::string& command) const {
  std::string line = ::geteuid() == 0 ? "su postgres -s /bin/sh -c '" + command + "'" : command;
  return std::system(line.c_str()) == 0;
}

bool OwnPostgres::start() {
  running_ = run(std::string(kBin) + "/pg_ctl -D " + dir_ + "/data -l " + dir_ + "/log -w -o \"-p " +
                 std::to_string(port_) + " -k " + dir_ + " -c listen_addresses=127.0.0.1\" start >/dev/null");
  return running_;
}

bool OwnPostgres::stop(const std::string& mode) {
  bool stopped = run(std::string(kBin) + "/pg_ctl -D " + dir_ + "/data -m " + mode + " -w stop >/dev/null");
  if (stopped) running_ = false;
  return stopped;
}

std::string OwnPostgres::url() const {
  return "postgresql://accord@127.0.0.1:" + std::to_string(port_) + "/postgres";
}

}  // namespace accord::testing
