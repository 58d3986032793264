#include "store/sqlite/sqlite_store.hpp"

#include <mutex>

// SOCI's header brings in SQLite's own, inside namespace sqlite_api.
#include <soci/sqlite3/soci-sqlite3.h>

#include "store/sql/kept_statements.hpp"
#include "store/sqlite/migrations.hpp"

namespace accord::store {

namespace {

// Every SQLite pragma Accord relies on, in one place.
//  - WAL lets readers work while the writer writes.
//  - synchronous=FULL: a commit is on disk before it is acknowledged, so nothing acknowledged is lost
//    even if the machine loses power.
//  - foreign_keys is off by default in SQLite.
//  - busy_timeout covers the short moments when a checkpoint holds a lock.
//  - cache_size: each connection keeps the pages it read last, 16 MiB of them (SQLite's default is
//    2 MiB), so that a search joining a thousand practices reads them from memory.
//  - no mmap_size: the file is read into that cache rather than mapped. Mapped pages count in the
//    server's resident memory once for each connection that maps them: with 256 MiB mapped, three
//    verifications of a 100,000-entry decision log at once held 163 MiB of them (bench/README.md, "After
//    the eleventh round"), where a connection's cache stays within its 16 MiB.
//  - page_size: a new database is made of 16 KiB pages (SQLite's default is 4 KiB), so that reading a
//    district's decision log, a page of its audit log or a list is a quarter of the page reads, each a
//    system call now that nothing is mapped: verifying a 100,000-entry log went from 8.4 to 11.8 a
//    second (bench/README.md, "After the twelfth round"). It must come before WAL, and changes nothing
//    in a database that exists; `accord restore` converts one (docs/operations.md).
void applyPragmas(soci::session& sql, bool reader) {
  sql << "PRAGMA busy_timeout = 5000";
  sql << "PRAGMA page_size = " << kSqlitePageSize;
  sql << "PRAGMA cache_size = -16384";
  sql << "PRAGMA journal_mode = WAL";
  sql << "PRAGMA synchronous = FULL";
  sql << "PRAGMA foreign_keys = ON";
  if (reader) sql << "PRAGMA query_only = ON";
}

std::unique_ptr<ConnectionPool> pool(const std::string& path, std::size_t size, bool reader) {
  return std::make_unique<ConnectionPool>(size, [path, reader] {
    auto sql = std::make_unique<KeepingSession>(*soci::factory_sqlite3(), "db=\"" + path + "\" timeout=5");
    applyPragmas(*sql, reader);
    return sql;
  }, [](soci::session&) { return false; });  // a file has no server to lose
}

// SQLite as a multi-threaded server needs it, set before its first use in the process:
//  - no memory statistics: they take one global lock around every allocation and free, in which a
//    practice search under load spent nearly half of the server's time (perf, bench/search.sh);
//  - multi-thread mode: no lock around each connection's every call, since a pool's connection is
//    used by one thread at a time.
// Either fails harmlessly (SQLITE_MISUSE) when SQLite was used before, as by a test's own session.
void configureSqliteOnce() {
  static std::once_flag once;
  std::call_once(once, [] {
    sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
    sqlite_api::sqlite3_initialize();
  });
}

// Writes committed together: at most this many in one COMMIT, and none waiting for the others longer
// than this after the first began (bench/README.md, "Writes committed together").
constexpr std::size_t kMaxWritesPerCommit = 64;
constexpr std::chrono::microseconds kMaxBatchAge{5000};

}  // namespace

bool sqliteInTransaction(soci::session& sql) {
  auto* backend = static_cast<soci::sqlite3_session_backend*>(sql.get_backend());
  return sqlite_api::sqlite3_get_autocommit(backend->conn_) == 0;
}

std::unique_ptr<SqlStore> openSqlite(const std::string& path, std::size_t readers) {
  configureSqliteOnce();
  // The writer first: it creates the file and switches it to WAL before readers open it.
  auto writer = pool(path, 1, false);
  Dialect dialect{"sqlite", "BEGIN", "BEGIN IMMEDIATE", nullptr, &sqliteMigrations()};
  // Each read transaction takes and releases WAL locks, shared by every connection of the process.
  dialect.sharesReads = true;
  auto store = std::make_unique<SqlStore>(dialect, pool(path, readers, true), std::move(writer));
  store->commitInGroups(sqliteInTransaction, kMaxWritesPerCommit, kMaxBatchAge);
  return store;
}

}  // namespace accord::store
