#include "store/sql/errors.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "store/sql/connection_pool.hpp"

namespace accord::store {

DbFailure classifyCurrentException(std::string& message) {
  try {
    throw;
  } catch (const DatabaseUnreachable& e) {
    message = e.what();
    return DbFailure::kUnavailable;
  } catch (const soci::postgresql_soci_error& e) {
    message = e.what();
    auto state = e.sqlstate();
    if (state == "23505") return DbFailure::kUniqueViolation;
    if (state == "23503") return DbFailure::kForeignKeyViolation;
    // A blank state is an error of the client library itself, not of the server: the connection
    // was lost ("server closed the connection unexpectedly", "no connection to the server").
    // 08 is a connection exception and 57P a server shutting down or restarting.
    if (state == "     " || state.rfind("08", 0) == 0 || state.rfind("57P", 0) == 0 ||
        e.get_error_category() == soci::soci_error::connection_error)
      return DbFailure::kUnavailable;
    return DbFailure::kOther;
  } catch (const soci::sqlite3_soci_error& e) {
    message = e.what();
    if (message.find("UNIQUE constraint failed") != std::string::npos) return DbFailure::kUniqueViolation;
    if (message.find("FOREIGN KEY constraint failed") != std::string::npos) return DbFailure::kForeignKeyViolation;
    if (e.result() == 5 /* SQLITE_BUSY */ || e.result() == 6 /* SQLITE_LOCKED */) return DbFailure::kUnavailable;
    return DbFailure::kOther;
  } catch (const soci::soci_error& e) {
    message = e.what();
    if (e.get_error_category() == soci::soci_error::connection_error) return DbFailure::kUnavailable;
    return DbFailure::kOther;
  } catch (const std::exception& e) {
    message = e.what();
    return DbFailure::kOther;
  } catch (...) {
    message = "unknown exception";
    return DbFailure::kOther;
  }
}

}  // namespace accord::store
