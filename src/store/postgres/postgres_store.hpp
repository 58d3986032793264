#pragma once
#include <memory>
#include <string>

#include "store/sql/sql_store.hpp"

namespace accord::store {

// Connects `connections` sessions to the PostgreSQL server a libpq URL or conninfo string names.
std::unique_ptr<SqlStore> openPostgres(const std::string& url, std::size_t connections);

}  // namespace accord::store
