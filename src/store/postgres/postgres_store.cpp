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

std::unique_ptr<SqlStore> openPostgres(const std::string& url, std::size_t connections) {
  std::string conninfo = postgresConninfo(url);
  // A server that does not answer at all (a host gone from the network) must not hold a request
  // for ever: after this many seconds the request answers 503 instead.
  if (conninfo.find("connect_timeout=") == std::string::npos) conninfo += " connect_timeout='5'";
  // A server cut off by the network (no reset ever arrives) is found within about a minute
  // instead of holding its sessions, and the requests on them, for the system's two hours.
  if (conninfo.find("keepalives_idle=") == std::string::npos)
    conninfo += " keepalives_idle='30' keepalives_interval='10' keepalives_count='3'";
  auto factory = [conninfo] {
    auto sql = std::make_unique<KeepingSession>(*soci::factory_postgresql(), conninfo);
    *sql << kQuietNotices;
    return sql;
  };
  // Readers and writers are separate pools so a burst of reads cannot starve writes.
  auto writers = std::make_unique<ConnectionPool>(std::max<std::size_t>(1, connections / 2), factory, lostItsServer);
  auto readers = std::make_unique<ConnectionPool>(connections, factory, lostItsServer);
  Dialect dialect{"postgresql", "BEGIN READ ONLY", "BEGIN", kLockMigrations, &postgresMigrations()};
  return std::make_unique<SqlStore>(dialect, std::move(readers), std::move(writers));
}

}  // namespace accord::store
