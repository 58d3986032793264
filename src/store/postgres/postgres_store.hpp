#pragma once
#include <memory>
#include <string>

#include "store/sql/sql_store.hpp"

namespace accord::store {

// A libpq URL or conninfo string in the keyword form SOCI accepts; throws std::invalid_argument.
std::string postgresConninfo(const std::string& url);

// Connects `connections` sessions to the PostgreSQL server a libpq URL or conninfo string names.
std::unique_ptr<SqlStore> openPostgres(const std::string& url, std::size_t connections);

}  // namespace accord::store
