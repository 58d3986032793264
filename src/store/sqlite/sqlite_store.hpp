#pragma once
#include <memory>
#include <string>

#include "store/sql/sql_store.hpp"

namespace accord::store {

// The size of a new database's pages, in bytes (sqlite_store.cpp says why); `accord restore` writes
// a database of another size anew in this one.
inline constexpr int kSqlitePageSize = 16384;

// Opens (creating if needed) the SQLite file at `path` with `readers` reading connections and one writer.
// Its writes are committed in batches (store/sql/group_commit.hpp).
std::unique_ptr<SqlStore> openSqlite(const std::string& path, std::size_t readers);

// Whether a transaction is open on an SQLite session (asked of SQLite, without a statement).
bool sqliteInTransaction(soci::session& sql);

}  // namespace accord::store
