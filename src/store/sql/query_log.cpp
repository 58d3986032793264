#include "store/sql/query_log.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <mutex>
#include <string>
#include <unordered_set>

#include <soci/logger.h>

namespace accord::store {

namespace {

class QueryLog {
 public:
  // The log of this process, or nullptr when ACCORD_QUERY_LOG is unset.
  static QueryLog* instance() {
    static QueryLog* log = [] () -> QueryLog* {
      const char* path = std::getenv("ACCORD_QUERY_LOG");
      if (!path || !*path) return nullptr;
      int fd = ::open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
      return fd < 0 ? nullptr : new QueryLog(fd);
    }();
    return log;
  }

  // Each line is the backend's name, a tab, and the statement on one line.
  void record(const std::string& backend, const std::string& query) {
    std::string line = query;
    for (char& c : line)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    line = backend + '\t' + line;
    std::lock_guard lock(mutex_);
    if (!seen_.insert(line).second) return;
    line += '\n';
    // One write per line: processes sharing the file (a test run's servers) do not interleave lines.
    [[maybe_unused]] auto written = ::write(fd_, line.data(), line.size());
  }

 private:
  explicit QueryLog(int fd) : fd_(fd) {}
  int fd_;
  std::mutex mutex_;
  std::unordered_set<std::string> seen_;
};

class Recorder final : public soci::logger_impl {
 public:
  Recorder(QueryLog& log, std::string backend) : log_(log), backend_(std::move(backend)) {}
  void start_query(const std::string& query) override { log_.record(backend_, query); }

 private:
  logger_impl* do_clone() const override { return new Recorder(log_, backend_); }
  QueryLog& log_;
  std::string backend_;
};

}  // namespace

void logQueriesOf(soci::session& sql) {
  if (QueryLog* log = QueryLog::instance()) sql.set_logger(new Recorder(*log, sql.get_backend_name()));
}

}  // namespace accord::store
