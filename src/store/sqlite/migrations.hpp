#pragma once
#include <vector>

#include "store/sql/sql_store.hpp"

namespace accord::store {

// SQLite's schema, as numbered migrations; a migration once released is never edited.
const std::vector<Migration>& sqliteMigrations();

}  // namespace accord::store
