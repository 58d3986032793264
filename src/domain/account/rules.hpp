#pragma once
// What a valid email, name, password and locale look like.
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace accord::domain {

inline constexpr std::size_t kMinPasswordLength = 10;

// Trimmed and lower-cased; kInvalid naming `field` when it is not an address.
Result<std::string> normalizeEmail(std::string_view email, const char* field = "email");
Result<std::string> checkName(std::string_view name, const char* field = "name");
Result<void> checkPassword(std::string_view password, const char* field = "password");
Result<void> checkLocale(std::string_view locale, const char* field = "locale");

}  // namespace accord::domain
