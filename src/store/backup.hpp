#pragma once
// Backups taken while Accord runs, and restores into an empty database.
//
// SQLite: the online backup API copies every page under one read transaction, so the copy is
// consistent even while the server writes (WAL lets writers go on meanwhile); the copy is a single
// file that SQLite's own check has passed. PostgreSQL: pg_dump's custom format (a consistent
// snapshot too), restored by pg_restore in one transaction. Both are written to FILE.partial and
// renamed to FILE only when complete, so FILE is never half a backup.
#include <string>

#include "common/result.hpp"

namespace accord::store {

struct BackupSummary {
  std::string backend;  // sqlite or postgresql
  long long bytes = 0;  // the backup file's size
};

Result<BackupSummary> backupDatabase(const std::string& url, const std::string& out);

// Refuses (409) a database that already holds anything: a restore never overwrites data.
Result<void> restoreDatabase(const std::string& url, const std::string& from);

}  // namespace accord::store
