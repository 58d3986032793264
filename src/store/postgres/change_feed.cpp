#include "store/postgres/change_feed.hpp"

#include <libpq-fe.h>
#include <poll.h>

#include <cerrno>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "store/postgres/postgres_store.hpp"

namespace accord::store {

namespace {

using namespace std::chrono_literals;

constexpr const char* kChannel = "accord_live";
// A batch of changes goes in one round trip; NOTIFY's payload limit (8000 bytes) is far above a change's.
constexpr std::size_t kBatch = 200;
// Between attempts to reach a database that has gone away.
constexpr auto kRetryPause = 500ms;
// A listening connection that has been quiet this long is asked a question, so that a dead
// one is found even when no change is published.
constexpr auto kQuietCheck = 10s;

// A change travels as its channel, topic and message on three lines.
std::string payloadOf(const domain::Change& change) {
  return change.channel + "\n" + std::to_string(change.topic) + "\n" + change.message;
}

bool parsePayload(std::string_view payload, domain::Change& out) {
  auto first = payload.find('\n');
  if (first == std::string_view::npos) return false;
  auto second = payload.find('\n', first + 1);
  if (second == std::string_view::npos) return false;
  try {
    out.channel = std::string(payload.substr(0, first));
    out.topic = std::stoll(std::string(payload.substr(first + 1, second - first - 1)));
  } catch (const std::exception&) {
    return false;
  }
  out.message = std::string(payload.substr(second + 1));
  return true;
}

struct Connection {
  PGconn* conn = nullptr;
  Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection() { close(); }
  void close() {
    if (conn) PQfinish(conn);
    conn = nullptr;
  }
  bool open(const std::string& conninfo) {
    close();
    conn = PQconnectdb(conninfo.c_str());
    // A lost connection is logged once by the feed, not by libpq on standard error.
    PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
    if (PQstatus(conn) == CONNECTION_OK) return true;
    close();
    return false;
  }
  bool ok() const { return conn && PQstatus(conn) == CONNECTION_OK; }
  // Runs `sql`; true when every statement in it succeeded.
  bool run(const std::string& sql) {
    if (!ok() || !PQsendQuery(conn, sql.c_str())) return false;
    bool good = true;
    while (PGresult* r = PQgetResult(conn)) {
      auto status = PQresultStatus(r);
      if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) good = false;
      PQclear(r);
    }
    return good && ok();
  }
  std::string literal(const std::string& text) const {
    char* escaped = PQescapeLiteral(conn, text.data(), text.size());
    if (!escaped) return "''";
    std::string out(escaped);
    PQfreemem(escaped);
    return out;
  }
};

class PostgresChangeFeed final : public domain::ChangeFeed {
 public:
  PostgresChangeFeed(std::string conninfo, Logger& log) : conninfo_(std::move(conninfo)), log_(log) {}

  ~PostgresChangeFeed() override {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_all();
    if (listener_.joinable()) listener_.join();
    if (publisher_.joinable()) publisher_.join();
  }

  void receive(Receiver receiver, Gap gap) override {
    receiver_ = std::move(receiver);
    gap_ = std::move(gap);
    listener_ = std::thread([this] { listen(); });
    publisher_ = std::thread([this] { send(); });
    // A server's first views must not miss the changes made just after it started.
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, 10s, [this] { return listening_ || stopping_; });
  }

  void publish(domain::Change change) override {
    {
      std::lock_guard lock(mutex_);
      queue_.push_back(std::move(change));
    }
    wake_.notify_all();
  }

 private:
  // Waits `pause`, or less when the feed stops; true when it is stopping.
  bool pauseOrStop(std::chrono::milliseconds pause) {
    std::unique_lock lock(mutex_);
    return wake_.wait_for(lock, pause, [this] { return stopping_; });
  }
  bool stopping() {
    std::lock_guard lock(mutex_);
    return stopping_;
  }

  void listen() {
    Connection c;
    bool everListened = false;
    bool reported = false;  // the loss has been logged
    while (!stopping()) {
      if (!c.open(conninfo_ + " application_name='accord live'") || !c.run(std::string("LISTEN ") + kChannel)) {
        if (!reported) log_.warn("live changes from other servers are not received; trying again",
                                 {{"detail", c.conn ? PQerrorMessage(c.conn) : "cannot connect"}});
        reported = true;
        c.close();
        if (pauseOrStop(kRetryPause)) return;
        continue;
      }
      if (everListened) {
        log_.info("live changes are received again; open views fetch again");
        gap_();
      }
      everListened = true;
      reported = false;
      {
        std::lock_guard lock(mutex_);
        listening_ = true;
      }
      wake_.notify_all();
      deliverUntilLost(c);
      if (stopping()) return;
      log_.warn("the connection receiving live changes was lost; making it again");
      reported = true;
    }
  }

  void deliverUntilLost(Connection& c) {
    auto quietSince = std::chrono::steady_clock::now();
    while (!stopping()) {
      pollfd fd{PQsocket(c.conn), POLLIN, 0};
      int ready = ::poll(&fd, 1, 250);
      if (ready < 0 && errno != EINTR) return;
      if (ready > 0) {
        if (!PQconsumeInput(c.conn)) return;
        quietSince = std::chrono::steady_clock::now();
      } else if (std::chrono::steady_clock::now() - quietSince > kQuietCheck) {
        if (!c.run("SELECT 1")) return;
        quietSince = std::chrono::steady_clock::now();
      }
      while (PGnotify* n = PQnotifies(c.conn)) {
        domain::Change change;
        if (parsePayload(n->extra, change)) receiver_(change);
        PQfreemem(n);
      }
      if (!c.ok()) return;
    }
  }

  void send() {
    Connection c;
    for (;;) {
      std::vector<domain::Change> batch;
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
        if (queue_.empty()) return;  // stopping, with nothing left to send
        while (!queue_.empty() && batch.size() < kBatch) {
          batch.push_back(std::move(queue_.front()));
          queue_.pop_front();
        }
      }
      // One more connection is tried when the first fails: the database may have restarted.
      bool sent = false;
      for (int attempt = 0; attempt < 2 && !sent; ++attempt) {
        if (!c.ok() && !c.open(conninfo_ + " application_name='accord live publish'")) continue;
        std::string sql;
        for (const auto& change : batch)
          sql += std::string("SELECT pg_notify('") + kChannel + "', " + c.literal(payloadOf(change)) + ");";
        sent = c.run(sql);
        if (!sent) c.close();
      }
      if (!sent) {
        // This server's own views are told still; the others will fetch again once their
        // listening connections are back.
        log_.warn("live changes could not be passed to other servers", {{"changes", batch.size()}});
        for (const auto& change : batch) receiver_(change);
      }
    }
  }

  const std::string conninfo_;
  Logger& log_;
  Receiver receiver_;
  Gap gap_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<domain::Change> queue_;
  bool stopping_ = false;
  bool listening_ = false;
  std::thread listener_;
  std::thread publisher_;
};

}  // namespace

std::shared_ptr<domain::ChangeFeed> openPostgresChangeFeed(const std::string& url, Logger& log) {
  return std::make_shared<PostgresChangeFeed>(serverConninfo(url), log);
}

}  // namespace accord::store
