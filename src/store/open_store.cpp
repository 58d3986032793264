#include "store/open_store.hpp"

#include <fmt/format.h>

#include "store/postgres/change_feed.hpp"
#include "store/postgres/postgres_store.hpp"
#include "store/sql/errors.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace accord::store {

namespace {
bool isPostgres(const std::string& url) { return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0; }
}  // namespace

Result<Opened> openStore(const std::string& url, std::size_t poolSize, const std::vector<std::string>& replicas) {
  poolSize = std::max<std::size_t>(1, poolSize);
  return guarded("open database", [&]() -> Result<Opened> {
    if (url == "sqlite:" || url == "sqlite://") return invalid("db", "the SQLite URL needs a file name");
    if (!replicas.empty() && !isPostgres(url)) return invalid("db-replica", "read replicas need a PostgreSQL --db");
    for (const auto& replica : replicas)
      if (!isPostgres(replica)) return invalid("db-replica", "must be a postgresql:// URL");
    std::unique_ptr<SqlStore> store;
    if (url.rfind("sqlite://", 0) == 0) store = openSqlite(url.substr(9), poolSize);
    else if (url.rfind("sqlite:", 0) == 0) store = openSqlite(url.substr(7), poolSize);
    else if (isPostgres(url))
      store = openPostgres(url, poolSize, replicas);
    else
      return invalid("db", "the database URL must start with sqlite: or postgresql://");
    ACCORD_TRY(int applied, store->migrate());
    return Opened{std::move(store), applied};
  });
}

std::shared_ptr<domain::ChangeFeed> openChangeFeed(const std::string& url, Logger& log) {
  if (isPostgres(url)) return openPostgresChangeFeed(url, log);
  return domain::localChangeFeed();
}

}  // namespace accord::store
