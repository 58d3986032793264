#include "http/json_writer.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "common/flat_json.hpp"

namespace accord::http {

void JsonWriter::separate() {
  if (needComma_) out_ += ',';
  needComma_ = true;
}

JsonWriter& JsonWriter::open() {
  separate();
  out_ += '{';
  needComma_ = false;
  return *this;
}

JsonWriter& JsonWriter::close() {
  out_ += '}';
  needComma_ = true;
  return *this;
}

JsonWriter& JsonWriter::openArray() {
  separate();
  out_ += '[';
  needComma_ = false;
  return *this;
}

JsonWriter& JsonWriter::closeArray() {
  out_ += ']';
  needComma_ = true;
  return *this;
}

JsonWriter& JsonWriter::key(Name name) {
  // With its comma, quotes and colon in one append: a list of a hundred rows writes thousands of them.
  std::string_view text = name.text();
  constexpr std::size_t kShort = 64;
  if (text.size() > kShort) return textKey(text);
  char buffer[kShort + 4];
  std::size_t n = 0;
  if (needComma_) buffer[n++] = ',';
  buffer[n++] = '"';
  std::memcpy(buffer + n, text.data(), text.size());
  n += text.size();
  buffer[n++] = '"';
  buffer[n++] = ':';
  out_.append(buffer, n);
  needComma_ = false;
  return *this;
}

JsonWriter& JsonWriter::textKey(std::string_view name) {
  value(name);
  out_ += ':';
  needComma_ = false;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view text) {
  if (plainJsonText(text)) {
    out_.append(needComma_ ? ",\"" : "\"", needComma_ ? 2 : 1);
    out_ += text;
    out_ += '"';
    needComma_ = true;
  } else {
    separate();
    appendJsonString(out_, text);
  }
  return *this;
}

JsonWriter& JsonWriter::integer(long long number) {
  separate();
  char buffer[24];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
  out_.append(buffer, end);
  return *this;
}

JsonWriter& JsonWriter::value(double number) {
  if (!std::isfinite(number)) return value(nullptr);
  separate();
  char buffer[32];
  auto end = std::to_chars(buffer, buffer + sizeof buffer, number).ptr;
  std::string_view written(buffer, static_cast<std::size_t>(end - buffer));
  out_ += written;
  // As nlohmann writes it: a whole number stays a floating-point one.
  if (written.find_first_of(".e") == std::string_view::npos) out_ += ".0";
  return *this;
}

JsonWriter& JsonWriter::value(bool flag) {
  separate();
  out_ += flag ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::value(std::nullptr_t) {
  separate();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::value(const nlohmann::json& document) {
  separate();
  out_ += document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
  separate();
  out_ += json;
  return *this;
}

}  // namespace accord::http
