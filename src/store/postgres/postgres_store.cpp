#include "store/postgres/postgres_store.hpp"

#include <soci/postgresql/soci-postgresql.h>

#include "store/postgres/migrations.hpp"

namespace accord::store {

namespace {
// Several servers may start at once against one database; this lock makes them migrate in turn.
constexpr const char* kLockMigrations = "SELECT pg_advisory_xact_lock(7275616)";
}  // namespace

std::unique_ptr<SqlStore> openPostgres(const std::string& url, std::size_t connections) {
  auto factory = [url] { return std::make_unique<soci::session>(*soci::factory_postgresql(), url); };
  // Readers and writers are separate pools so a burst of reads cannot starve writes.
  auto writers = std::make_unique<ConnectionPool>(std::max<std::size_t>(1, connections / 2), factory);
  auto readers = std::make_unique<ConnectionPool>(connections, factory);
  Dialect dialect{"postgresql", "BEGIN READ ONLY", "BEGIN", kLockMigrations, &postgresMigrations()};
  return std::make_unique<SqlStore>(dialect, std::move(readers), std::move(writers));
}

}  // namespace accord::store
