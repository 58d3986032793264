#include "store/postgres/postgres_store.hpp"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>

#include <stdexcept>

#include "store/postgres/migrations.hpp"
#include "store/sql/kept_statements.hpp"

namespace accord::store {

namespace {
// Several servers may start at once against one database; this lock makes them migrate in turn.
constexpr const char* kLockMigrations = "SELECT pg_advisory_xact_lock(7275616)";
// Notices such as "relation already exists, skipping" are not worth printing.
constexpr const char* kQuietNotices = "SET client_min_messages = warning";
// Positions in the write-ahead log as byte offsets: after a commit, where the log's insertion has
// reached (past the commit's record, even before it is flushed). A "replica" that is in fact a
// primary has replayed everything it has.
constexpr const char* kWritePosition = "SELECT (pg_current_wal_insert_lsn() - '0/0')::bigint";
constexpr const char* kReplayPosition =
    "SELECT (COALESCE(pg_last_wal_replay_lsn(), pg_current_wal_insert_lsn()) - '0/0')::bigint";
}  // namespace

// SOCI splits its connection string on spaces and '=' to find its own options, which
// mangles URLs; libpq's own parser turns a URL into the keyword form SOCI passes through.
std::string postgresConninfo(const std::string& url) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
  if (!options) {
    std::string message = error ? error : "cannot parse the PostgreSQL URL";
    PQfreemem(error);
    throw std::invalid_argument(message);
  }
  std::string out;
  for (PQconninfoOption* o = options; o->keyword; ++o) {
    if (!o->val || !*o->val) continue;
    std::string value;
    for (const char* c = o->val; *c; ++c) {
      if (*c == '\\' || *c == '\'') value += '\\';
      value += *c;
    }
    out += std::string(out.empty() ? "" : " ") + o->keyword + "='" + value + "'";
  }
  PQconninfoFree(options);
  return out;
}

namespace {
// libpq marks a connection bad as soon as a statement meets a lost server; asking costs no round trip.
bool lostItsServer(soci::session& sql) {
  auto* backend = static_cast<soci::postgresql_session_backend*>(sql.get_backend());
  return backend == nullptr || PQstatus(backend->conn_) != CONNECTION_OK;
}
}  // namespace

std::string serverConninfo(const std::string& url) {
  std::string conninfo = postgresConninfo(url);
  // A server that does not answer at all (a host gone from the network) must not hold a request
  // for ever: after this many seconds the request answers 503 instead.
  if (conninfo.find("connect_timeout=") == std::string::npos) conninfo += " connect_timeout='5'";
  // A server cut off by the network (no reset ever arrives) is found within about a minute
  // instead of holding its sessions, and the requests on them, for the system's two hours.
  if (conninfo.find("keepalives_idle=") == std::string::npos)
    conninfo += " keepalives_idle='30' keepalives_interval='10' keepalives_count='3'";
  return conninfo;
}

namespace {
ConnectionPool::Factory sessionsOf(const std::string& url) {
  return [conninfo = serverConninfo(url)] {
    auto sql = std::make_unique<KeepingSession>(*soci::factory_postgresql(), conninfo);
    *sql << kQuietNotices;
    return sql;
  };
}
}  // namespace

std::unique_ptr<SqlStore> openPostgres(const std::string& url, std::size_t connections,
                                       const std::vector<std::string>& replicas) {
  auto factory = sessionsOf(url);
  // Readers and writers are separate pools so a burst of reads cannot starve writes.
  auto writers = std::make_unique<ConnectionPool>(std::max<std::size_t>(1, connections / 2), factory, lostItsServer);
  auto readers = std::make_unique<ConnectionPool>(connections, factory, lostItsServer);
  // A read is one snapshot, taken by its first statement: PostgreSQL's default isolation would take
  // a new one for every statement. A read-only transaction at this level never fails to serialize.
  Dialect dialect{"postgresql", "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", "BEGIN", kLockMigrations,
                  &postgresMigrations(), kWritePosition, kReplayPosition};
  auto store = std::make_unique<SqlStore>(dialect, std::move(readers), std::move(writers));
  for (const auto& replica : replicas)
    store->addReplica(std::make_unique<ConnectionPool>(connections, sessionsOf(replica), lostItsServer, true));
  return store;
}

}  // namespace accord::store
