#include "domain/issue/use_cases.hpp"

#include <fmt/format.h>

namespace accord::domain {

Result<std::string> checkText(const std::string& text, const char* field, std::size_t max) {
  auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return invalid(field, "is required");
  auto last = text.find_last_not_of(" \t\r\n");
  std::string trimmed = text.substr(first, last - first + 1);
  if (trimmed.size() > max) return invalid(field, fmt::format("must be at most {} characters", max));
  return trimmed;
}

}  // namespace accord::domain
