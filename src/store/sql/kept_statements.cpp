#include "store/sql/kept_statements.hpp"

#include <soci/sqlite3/soci-sqlite3.h>

namespace accord::store {

void finishRun(soci::statement& st, bool sqlite) {
  // A SQLite statement that is not reset keeps its read transaction open: the next use of the
  // session would see the database as it was, and checkpoints could not complete. PostgreSQL's
  // statements hold nothing between runs.
  if (!sqlite) return;
  auto* backend = static_cast<soci::sqlite3_statement_backend*>(st.get_backend());
  if (backend && backend->stmt_) sqlite_api::sqlite3_reset(backend->stmt_);
}

}  // namespace accord::store

namespace accord::store {

void cleanUpQuietly(soci::statement& st) noexcept {
  try {
    st.clean_up();
  } catch (...) {
  }
}

}  // namespace accord::store

namespace accord::store {

SqliteSelect::SqliteSelect(soci::session& sql, const std::string& query)
    : db_(static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_) {
  sql.log_query(query);
  // Kept for the session's life: SQLite keeps such a statement out of its short-lived lookaside memory.
  int code = sqlite_api::sqlite3_prepare_v3(db_, query.c_str(), static_cast<int>(query.size()) + 1,
                                            SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
  if (code != SQLITE_OK) fail("preparing", code);
}

SqliteSelect::~SqliteSelect() { sqlite_api::sqlite3_finalize(stmt_); }

void SqliteSelect::checkColumns() const {
  int count = sqlite_api::sqlite3_column_count(stmt_);
  if (count != static_cast<int>(columns_.size()))
    throw soci::soci_error("the statement has " + std::to_string(count) + " columns and its row reads " +
                           std::to_string(columns_.size()));
}

void SqliteSelect::bind(int position, long long value) {
  int code = sqlite_api::sqlite3_bind_int64(stmt_, position, value);
  if (code != SQLITE_OK) fail("binding", code);
}

void SqliteSelect::bind(int position, double value) {
  int code = sqlite_api::sqlite3_bind_double(stmt_, position, value);
  if (code != SQLITE_OK) fail("binding", code);
}

void SqliteSelect::bind(int position, const std::string& value) {
  int code = sqlite_api::sqlite3_bind_text(stmt_, position, value.data(), static_cast<int>(value.size()),
                                           SQLITE_STATIC);
  if (code != SQLITE_OK) fail("binding", code);
}

bool SqliteSelect::step() {
  int code = sqlite_api::sqlite3_step(stmt_);
  if (code == SQLITE_DONE) return false;
  if (code != SQLITE_ROW) fail("running", code);
  for (int i = 0; i < static_cast<int>(columns_.size()); ++i) {
    const Column& c = columns_[i];
    if (sqlite_api::sqlite3_column_type(stmt_, i) == SQLITE_NULL) {
      if (!c.ind) throw soci::soci_error("Null value fetched and no indicator defined.");
      *c.ind = soci::i_null;
      continue;
    }
    if (c.ind) *c.ind = soci::i_ok;
    switch (c.kind) {
      case Kind::kInteger:
        *static_cast<long long*>(c.place) = sqlite_api::sqlite3_column_int64(stmt_, i);
        break;
      case Kind::kLong:
        *static_cast<long*>(c.place) = static_cast<long>(sqlite_api::sqlite3_column_int64(stmt_, i));
        break;
      case Kind::kInt:
        *static_cast<int*>(c.place) = sqlite_api::sqlite3_column_int(stmt_, i);
        break;
      case Kind::kReal:
        *static_cast<double*>(c.place) = sqlite_api::sqlite3_column_double(stmt_, i);
        break;
      case Kind::kText: {
        const unsigned char* text = sqlite_api::sqlite3_column_text(stmt_, i);
        int bytes = sqlite_api::sqlite3_column_bytes(stmt_, i);
        static_cast<std::string*>(c.place)->assign(reinterpret_cast<const char*>(text), bytes);
        break;
      }
    }
  }
  return true;
}

void SqliteSelect::reset() noexcept { sqlite_api::sqlite3_reset(stmt_); }

void SqliteSelect::fail(const char* what, int code) const {
  // The same error SOCI raises, so that a busy database still answers 503 and not 500.
  throw soci::sqlite3_soci_error(std::string("sqlite3 ") + what + ": " + sqlite_api::sqlite3_errmsg(db_), code);
}

}  // namespace accord::store
