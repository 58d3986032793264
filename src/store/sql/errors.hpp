#pragma once
// Turns database exceptions into Result errors at the store's edge.
#include <exception>
#include <string>

#include "common/result.hpp"

namespace accord::store {

enum class DbFailure { kUniqueViolation, kForeignKeyViolation, kUnavailable, kOther };

// Classifies the exception currently being handled (call inside a catch block).
DbFailure classifyCurrentException(std::string& message);

// Runs `body`, a function returning Result<T>; a database exception becomes an error:
// a unique violation becomes `onConflict`, an unreachable database kUnavailable.
template <class F>
auto guarded(const char* what, F&& body, Error onConflict = conflict("this already exists")) -> decltype(body()) {
  try {
    return body();
  } catch (...) {
    std::string message;
    switch (classifyCurrentException(message)) {
      case DbFailure::kUniqueViolation: return onConflict;
      case DbFailure::kForeignKeyViolation:
        return Error{ErrorCode::kInvalid, "refers to something that does not exist", {}, message};
      case DbFailure::kUnavailable:
        return Error{ErrorCode::kUnavailable, "the database is not available; try again", {},
                     std::string(what) + ": " + message};
      case DbFailure::kOther: break;
    }
    return internal(std::string(what) + ": " + message);
  }
}

}  // namespace accord::store
