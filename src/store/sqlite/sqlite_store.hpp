#pragma once
#include <memory>
#include <string>

#include "store/sql/sql_store.hpp"

namespace accord::store {

// Opens (creating if needed) the SQLite file at `path` with `readers` reading connections and one writer.
std::unique_ptr<SqlStore> openSqlite(const std::string& path, std::size_t readers);

}  // namespace accord::store
