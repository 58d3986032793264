#pragma once
// Errors are values inside Accord: domain and store code return Result<T>.
// Only http/ turns an ErrorCode into a status and a JSON body.
#include <string>
#include <utility>
#include <variant>

namespace accord {

enum class ErrorCode {
  kInvalid,          // bad input; `field` names it
  kUnauthenticated,  // no valid session or wrong credentials
  kForbidden,        // authenticated but not allowed
  kNotFound,         // absent, or outside the caller's district
  kConflict,         // would break a uniqueness or state rule
  kTooManyRequests,  // throttled
  kUnavailable,      // a dependency (the database) does not answer
  kInternal,         // a bug or an unexpected failure
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  std::string message;  // safe to show to the client
  std::string field;    // the offending input field, if any
  std::string detail;   // for the log only, never sent to the client
};

inline Error invalid(std::string field, std::string message) {
  return {ErrorCode::kInvalid, std::move(message), std::move(field), {}};
}
inline Error notFound(std::string message) { return {ErrorCode::kNotFound, std::move(message), {}, {}}; }
inline Error forbidden(std::string message) { return {ErrorCode::kForbidden, std::move(message), {}, {}}; }
inline Error conflict(std::string message, std::string field = {}) {
  return {ErrorCode::kConflict, std::move(message), std::move(field), {}};
}
inline Error unauthenticated(std::string message) {
  return {ErrorCode::kUnauthenticated, std::move(message), {}, {}};
}
inline Error internal(std::string detail) {
  return {ErrorCode::kInternal, "internal error", {}, std::move(detail)};
}

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  const Error& error() const { return std::get<1>(v_); }
  Error&& takeError() { return std::get<1>(std::move(v_)); }

 private:
  std::variant<T, Error> v_;
};

struct Ok {};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Ok) {}
  Result(Error error) : error_(std::move(error)), failed_(true) {}
  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const Error& error() const { return error_; }
  Error&& takeError() { return std::move(error_); }

 private:
  Error error_;
  bool failed_ = false;
};

}  // namespace accord

// Propagates the error of a Result-returning expression, else binds its value.
#define ACCORD_CONCAT_INNER(a, b) a##b
#define ACCORD_CONCAT(a, b) ACCORD_CONCAT_INNER(a, b)
#define ACCORD_TRY_IMPL(tmp, decl, expr) \
  auto tmp = (expr);                     \
  if (!tmp.ok()) return tmp.takeError(); \
  decl = std::move(tmp).value()
#define ACCORD_TRY(decl, expr) ACCORD_TRY_IMPL(ACCORD_CONCAT(try_result_, __LINE__), decl, expr)
#define ACCORD_CHECK(expr)                                             \
  do {                                                                 \
    auto ACCORD_CONCAT(check_result_, __LINE__) = (expr);              \
    if (!ACCORD_CONCAT(check_result_, __LINE__).ok())                  \
      return ACCORD_CONCAT(check_result_, __LINE__).takeError();       \
  } while (0)
