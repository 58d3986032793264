#include "domain/outcome/rules.hpp"

#include <cctype>
#include <cmath>

#include "common/calendar_date.hpp"

namespace accord::domain {

namespace {

constexpr int kFirstYear = 1990;

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  return text;
}

bool allOf(std::string_view text, bool (*allowed)(unsigned char)) {
  for (unsigned char c : text)
    if (!allowed(c)) return false;
  return true;
}

}  // namespace

int yearOf(UnixSeconds now) { return std::stoi(isoDateOf(now).substr(0, 4)); }

Result<int> checkYear(long long year, UnixSeconds now, const std::string& field) {
  return checkYearIn(year, yearOf(now), field);
}

Result<int> checkYearIn(long long year, int currentYear, const std::string& field) {
  if (year > currentYear) return invalid(field, "is a year in the future");
  if (year < kFirstYear) return invalid(field, "must be " + std::to_string(kFirstYear) + " or later");
  return static_cast<int>(year);
}

Result<double> checkMetricValue(double value, const std::string& unit, const std::string& field) {
  if (!std::isfinite(value)) return invalid(field, "must be a number");
  if (unit == "percent") return checkPercent(value, field);
  if (unit == "count" && value < 0) return invalid(field, "is a count and cannot be negative");
  return value;
}

Result<double> checkPercent(double value, const std::string& field) {
  if (!std::isfinite(value) || value < 0 || value > 100) return invalid(field, "is a percentage: from 0 to 100");
  return value;
}

Result<std::string> normalizeGroup(std::string_view group, const std::string& field) {
  group = trimmed(group);
  if (group.empty() || group.size() > 20 ||
      !allOf(group, [](unsigned char c) -> bool { return std::isalnum(c) || c == '_' || c == '-'; }))
    return invalid(field, "must be 1 to 20 letters, digits, '_' or '-'");
  if (allOf(group, [](unsigned char c) -> bool { return std::isdigit(c); })) {
    while (group.size() > 1 && group.front() == '0') group.remove_prefix(1);
  }
  return std::string(group);
}

Result<std::string> checkStateCode(std::string_view code, const std::string& field) {
  code = trimmed(code);
  if (code.empty() || code.size() > 20 ||
      !allOf(code, [](unsigned char c) -> bool { return std::isalnum(c) || c == '-'; }))
    return invalid(field, "must be 1 to 20 letters, digits or '-'");
  return std::string(code);
}

Result<std::string> checkMetricKey(std::string_view key, const std::string& field) {
  bool ok = key.size() >= 2 && key.size() <= 40 && key.front() >= 'a' && key.front() <= 'z' &&
            allOf(key, [](unsigned char c) -> bool { return (c >= 'a' && c <= 'z') || std::isdigit(c) || c == '_'; });
  if (!ok) return invalid(field, "must be 2 to 40 lower-case letters, digits or '_', starting with a letter");
  return std::string(key);
}

Result<std::string> checkLabel(std::string_view text, const std::string& field, std::size_t max) {
  text = trimmed(text);
  if (text.empty()) return invalid(field, "is required");
  if (text.size() > max) return invalid(field, "is longer than " + std::to_string(max) + " characters");
  return std::string(text);
}

}  // namespace accord::domain
