#include "domain/account/rules.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

namespace accord::domain {

namespace {
std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}
}  // namespace

Result<std::string> normalizeEmail(std::string_view email, const char* field) {
  std::string out(trim(email));
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  auto at = out.find('@');
  bool wellFormed = !out.empty() && out.size() <= 254 && at != std::string::npos && at > 0 &&
                    at + 1 < out.size() && out.find('@', at + 1) == std::string::npos &&
                    out.find('.', at) != std::string::npos &&
                    std::none_of(out.begin(), out.end(), [](unsigned char c) { return std::isspace(c) || c < 0x20; });
  if (!wellFormed) return invalid(field, "must be an email address such as name@example.org");
  return out;
}

Result<std::string> checkName(std::string_view name, const char* field) {
  auto trimmed = trim(name);
  if (trimmed.empty()) return invalid(field, "must not be empty");
  if (trimmed.size() > 200) return invalid(field, "must be at most 200 characters");
  if (std::any_of(trimmed.begin(), trimmed.end(), [](unsigned char c) { return c < 0x20; }))
    return invalid(field, "must not contain control characters");
  return std::string(trimmed);
}

Result<void> checkPassword(std::string_view password, const char* field) {
  if (password.size() < kMinPasswordLength)
    return invalid(field, fmt::format("must be at least {} characters", kMinPasswordLength));
  if (password.size() > 1024) return invalid(field, "must be at most 1024 characters");
  return Ok{};
}

Result<void> checkLocale(std::string_view locale, const char* field) {
  if (locale != "en" && locale != "es") return invalid(field, "must be \"en\" or \"es\"");
  return Ok{};
}

}  // namespace accord::domain
