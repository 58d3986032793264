#pragma once
#include <memory>
#include <string>

#include "common/log.hpp"
#include "domain/change_feed.hpp"

namespace accord::store {

// Changes passed between the servers on one PostgreSQL database with LISTEN/NOTIFY on the channel
// `accord_live`: each server sends its changes on a connection of its own and listens on another
// (named `accord live` in pg_stat_activity). A listening connection that is lost is made again,
// and the views are then told to fetch again. Both connections must reach PostgreSQL directly,
// not through a pooler in transaction mode. `url` is a libpq URL or conninfo string.
std::shared_ptr<domain::ChangeFeed> openPostgresChangeFeed(const std::string& url, Logger& log);

}  // namespace accord::store
