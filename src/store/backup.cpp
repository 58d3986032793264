#include "store/backup.hpp"

#include <libpq-fe.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include <cstring>
#include <filesystem>
#include <memory>
#include <vector>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

#include "store/postgres/postgres_store.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store/sql/errors.hpp"

extern char** environ;

namespace accord::store {

namespace {

namespace fs = std::filesystem;

bool isSqlite(const std::string& url) { return url.rfind("sqlite:", 0) == 0; }

std::string sqlitePath(const std::string& url) {
  return url.rfind("sqlite://", 0) == 0 ? url.substr(9) : url.substr(7);
}

struct SqliteCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using SqliteHandle = std::unique_ptr<sqlite3, SqliteCloser>;

Result<SqliteHandle> openSqliteFile(const std::string& path, int flags) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  SqliteHandle handle(db);
  if (rc != SQLITE_OK)
    return Error{ErrorCode::kUnavailable, "the SQLite file could not be opened: " + path, "db",
                 db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)};
  sqlite3_busy_timeout(db, 5000);
  return handle;
}

// Copies every page of `from` into `to` in one step, under one read transaction of `from`.
Result<void> copyPages(sqlite3* from, sqlite3* to) {
  sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
  if (!backup) return internal(std::string("backup: ") + sqlite3_errmsg(to));
  int stepped = sqlite3_backup_step(backup, -1);
  int finished = sqlite3_backup_finish(backup);
  if (stepped != SQLITE_DONE || finished != SQLITE_OK)
    return Error{ErrorCode::kUnavailable, "the copy did not complete; try again", {},
                 std::string("backup: ") + sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished)};
  return Ok{};
}

// Writes the copy anew in the page size of a new database when its pages are of another (VACUUM).
// Only a speed-up: a VACUUM that fails (no room for its temporary copy) changes nothing, and the copy
// stays whole in the size it had.
void resizePages(sqlite3* copy) {
  const std::string resize = "PRAGMA page_size = " + std::to_string(kSqlitePageSize) + "; VACUUM";
  sqlite3_stmt* st = nullptr;
  int size = 0;
  if (sqlite3_prepare_v2(copy, "PRAGMA page_size", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
    size = sqlite3_column_int(st, 0);
  sqlite3_finalize(st);
  if (size != kSqlitePageSize) sqlite3_exec(copy, resize.c_str(), nullptr, nullptr, nullptr);
}

// A single file that needs no -wal beside it, checked page by page; `anew`: first resizePages.
Result<void> settleCopy(sqlite3* copy, bool anew = false) {
  std::string verdict;
  auto collect = [](void* out, int, char** values, char**) {
    *static_cast<std::string*>(out) += values[0] ? values[0] : "";
    return 0;
  };
  char* message = nullptr;
  bool journalled = sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &message) == SQLITE_OK;
  if (journalled && anew) resizePages(copy);
  if (!journalled || sqlite3_exec(copy, "PRAGMA quick_check", collect, &verdict, &message) != SQLITE_OK) {
    std::string detail = message ? message : "";
    sqlite3_free(message);
    return internal("check the copy: " + detail);
  }
  if (verdict != "ok") return internal("the copy failed SQLite's check: " + verdict);
  return Ok{};
}

Result<void> backupSqlite(const std::string& path, const std::string& partial) {
  if (!fs::exists(path)) return notFound("there is no SQLite database at " + path);
  ACCORD_TRY(auto from, openSqliteFile(path, SQLITE_OPEN_READONLY));
  ACCORD_TRY(auto to, openSqliteFile(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  ACCORD_CHECK(copyPages(from.get(), to.get()));
  return settleCopy(to.get());
}

Result<void> restoreSqlite(const std::string& path, const std::string& from) {
  std::error_code ignored;
  if (fs::exists(path) && fs::file_size(path, ignored) > 0)
    return conflict("the database " + path + " already exists; restore into a new file");
  ACCORD_TRY(auto source, openSqliteFile(from, SQLITE_OPEN_READONLY));
  ACCORD_TRY(auto target, openSqliteFile(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  ACCORD_CHECK(copyPages(source.get(), target.get()));
  return settleCopy(target.get(), true);
}

// The connection settings of a PostgreSQL URL as libpq's environment variables, so that a
// password never shows in a process list as a program's argument would.
Result<std::vector<std::string>> postgresEnvironment(const std::string& url) {
  char* error = nullptr;
  PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
  if (!options) {
    std::string message = error ? error : "cannot parse the PostgreSQL URL";
    PQfreemem(error);
    return invalid("db", message);
  }
  std::vector<std::string> env;
  for (char** e = environ; *e; ++e)
    if (std::string_view(*e).rfind("PG", 0) != 0) env.emplace_back(*e);
  for (PQconninfoOption* o = options; o->keyword; ++o)
    if (o->envvar && o->val && *o->val) env.push_back(std::string(o->envvar) + "=" + o->val);
  PQconninfoFree(options);
  return env;
}

// Runs a program (found on PATH) with the database's settings in its environment; its messages go
// to this process's standard error.
Result<void> runWithDatabase(const std::string& url, std::vector<std::string> args) {
  ACCORD_TRY(auto env, postgresEnvironment(url));
  std::vector<char*> argv, envp;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  for (auto& e : env) envp.push_back(e.data());
  envp.push_back(nullptr);
  pid_t pid = 0;
  if (int rc = ::posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), envp.data()); rc != 0)
    return Error{ErrorCode::kUnavailable, args[0] + " was not found; install postgresql-client", {},
                 std::strerror(rc)};
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return Error{ErrorCode::kUnavailable, args[0] + " did not succeed (its messages are above)", {}, {}};
  return Ok{};
}

Result<void> requireEmptyPostgres(const std::string& url) {
  return guarded("look into the target database", [&]() -> Result<void> {
    soci::session sql(*soci::factory_postgresql(), postgresConninfo(url));
    long long tables = 0;
    sql << "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'", soci::into(tables);
    if (tables > 0) return conflict("the target database already holds tables; restore into a new, empty database");
    return Ok{};
  });
}

}  // namespace

Result<BackupSummary> backupDatabase(const std::string& url, const std::string& out) {
  if (out.empty()) return invalid("out", "name the backup file");
  const std::string partial = out + ".partial";
  std::error_code ignored;
  fs::remove(partial, ignored);
  BackupSummary summary;
  Result<void> made = Ok{};
  if (isSqlite(url)) {
    summary.backend = "sqlite";
    made = backupSqlite(sqlitePath(url), partial);
  } else {
    summary.backend = "postgresql";
    made = runWithDatabase(url, {"pg_dump", "--format=custom", "--no-owner", "--file=" + partial});
  }
  if (!made.ok()) {
    fs::remove(partial, ignored);
    return made.takeError();
  }
  fs::rename(partial, out);
  summary.bytes = static_cast<long long>(fs::file_size(out));
  return summary;
}

Result<void> restoreDatabase(const std::string& url, const std::string& from) {
  if (!fs::is_regular_file(from)) return notFound("there is no backup file at " + from);
  if (isSqlite(url)) return restoreSqlite(sqlitePath(url), from);
  ACCORD_CHECK(requireEmptyPostgres(url));
  // pg_restore connects only when told a database by name; the rest comes from the environment.
  ACCORD_TRY(auto env, postgresEnvironment(url));
  std::string database;
  for (const auto& e : env)
    if (e.rfind("PGDATABASE=", 0) == 0) database = e.substr(11);
  if (database.empty()) return invalid("db", "the PostgreSQL URL must name the database to restore into");
  return runWithDatabase(url, {"pg_restore", "--no-owner", "--exit-on-error", "--single-transaction",
                               "--dbname=" + database, from});
}

}  // namespace accord::store
