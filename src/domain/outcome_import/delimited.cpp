#include "domain/outcome_import/delimited.hpp"

#include <cctype>
#include <charconv>
#include <cmath>

namespace accord::domain {

bool splitFields(std::string_view line, char delimiter, std::vector<std::string>& fields) {
  fields.clear();
  std::string field;
  bool quoted = false;
  bool wasQuoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < line.size() && line[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
    } else if (c == delimiter) {
      fields.push_back(std::move(field));
      field.clear();
      wasQuoted = false;
    } else if (c == '"' && !wasQuoted && trimField(field).empty()) {
      field.clear();
      quoted = wasQuoted = true;
    } else {
      field += c;
    }
  }
  fields.push_back(std::move(field));
  return !quoted;
}

std::string_view trimField(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

std::string headerKey(std::string_view name) {
  name = trimField(name);
  std::string out;
  out.reserve(name.size());
  for (char c : name) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

namespace {
bool isMissing(std::string_view text) { return text.empty() || text == "*" || text == "N/A" || text == "NA"; }
}  // namespace

NumberRead readDecimal(std::string_view text, double& out) {
  text = trimField(text);
  if (isMissing(text)) return NumberRead::kMissing;
  if (text.front() == '+') text.remove_prefix(1);
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(out)) return NumberRead::kMalformed;
  return NumberRead::kOk;
}

NumberRead readWhole(std::string_view text, long long& out) {
  text = trimField(text);
  if (isMissing(text)) return NumberRead::kMissing;
  if (text.front() == '+') text.remove_prefix(1);
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  if (ec != std::errc() || end != text.data() + text.size()) return NumberRead::kMalformed;
  return NumberRead::kOk;
}

bool LineReader::next(std::string& line) {
  if (!std::getline(in_, line)) return false;
  bytesRead_ += static_cast<long long>(line.size()) + (in_.eof() ? 0 : 1);
  ++lineNumber_;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (lineNumber_ == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
  return true;
}

}  // namespace accord::domain
