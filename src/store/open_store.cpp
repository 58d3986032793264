#include "store/open_store.hpp"

#include <fmt/format.h>

#include "store/postgres/postgres_store.hpp"
#include "store/sql/errors.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace accord::store {

Result<Opened> openStore(const std::string& url, std::size_t poolSize) {
  poolSize = std::max<std::size_t>(1, poolSize);
  return guarded("open database", [&]() -> Result<Opened> {
    if (url == "sqlite:" || url == "sqlite://") return invalid("db", "the SQLite URL needs a file name");
    std::unique_ptr<SqlStore> store;
    if (url.rfind("sqlite://", 0) == 0) store = openSqlite(url.substr(9), poolSize);
    else if (url.rfind("sqlite:", 0) == 0) store = openSqlite(url.substr(7), poolSize);
    else if (url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0)
      store = openPostgres(url, poolSize);
    else
      return invalid("db", "the database URL must start with sqlite: or postgresql://");
    ACCORD_TRY(int applied, store->migrate());
    return Opened{std::move(store), applied};
  });
}

}  // namespace accord::store
