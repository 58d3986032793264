#pragma once
#include <vector>

#include "store/sql/sql_store.hpp"

namespace accord::store {

// PostgreSQL's schema, as numbered migrations; a migration once released is never edited.
const std::vector<Migration>& postgresMigrations();

}  // namespace accord::store
