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
