#pragma once
#include <memory>
#include <string>
#include <vector>

#include "store/sql/sql_store.hpp"

namespace accord::store {

// A libpq URL or conninfo string in the keyword form SOCI accepts; throws std::invalid_argument.
std::string postgresConninfo(const std::string& url);
// The same, with the time limits every connection of a server has (unless the URL sets them).
std::string serverConninfo(const std::string& url);

// Connects `connections` sessions to the PostgreSQL server a libpq URL or conninfo string names,
// and as many to each streaming replica in `replicas` (for `readPublished()`).
std::unique_ptr<SqlStore> openPostgres(const std::string& url, std::size_t connections,
                                       const std::vector<std::string>& replicas = {});

}  // namespace accord::store
