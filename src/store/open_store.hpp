#pragma once
// Opens the store a database URL names and brings its schema up to date.
#include <memory>
#include <string>
#include <vector>

#include "common/config.hpp"
#include "common/log.hpp"
#include "domain/change_feed.hpp"
#include "domain/store.hpp"

namespace accord::store {

struct Opened {
  std::unique_ptr<domain::Store> store;
  int migrationsApplied = 0;
};

// "sqlite:FILE" (or "sqlite://FILE") selects SQLite, "postgresql://..." or "postgres://..." PostgreSQL.
// `poolSize` readers are opened (at least 1). `replicas` are PostgreSQL streaming replicas of the
// database `url` names, read by `readPublished()`.
Result<Opened> openStore(const std::string& url, std::size_t poolSize,
                         const std::vector<std::string>& replicas = {});

// How the live views of the servers on the database `url` names learn of changes: PostgreSQL's
// LISTEN/NOTIFY, so that every server's views see every server's changes; within the process on
// SQLite.
std::shared_ptr<domain::ChangeFeed> openChangeFeed(const std::string& url, Logger& log);

}  // namespace accord::store
