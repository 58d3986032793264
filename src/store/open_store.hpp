#pragma once
// Opens the store a database URL names and brings its schema up to date.
#include <memory>
#include <string>

#include "common/config.hpp"
#include "domain/store.hpp"

namespace accord::store {

struct Opened {
  std::unique_ptr<domain::Store> store;
  int migrationsApplied = 0;
};

// "sqlite:FILE" (or "sqlite://FILE") selects SQLite, "postgresql://..." or "postgres://..." PostgreSQL.
// `poolSize` readers are opened (at least 1).
Result<Opened> openStore(const std::string& url, std::size_t poolSize);

}  // namespace accord::store
