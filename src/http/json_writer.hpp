#pragma once
// JSON written straight into the answer's text, for the large answers (lists, charts): no document
// tree is built first. What it writes parses to what nlohmann::json would have written for the same
// values; text that is not plain printable ASCII is escaped by nlohmann itself, invalid UTF-8 replaced.
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

namespace accord::http {

// A member's name as the code spells it, checked when the code is compiled to need no escaping, so
// that writing it checks nothing: an answer of a few hundred members spent a twentieth of its
// instructions checking its own names.
class Name {
 public:
  template <std::size_t N>
  consteval Name(const char (&text)[N]) : text_(text, N - 1) {  // NOLINT: a literal, converted on purpose
    for (char c : text_)
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') throw "a name written by the code must need no escaping";
  }
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
};

class JsonWriter {
 public:
  JsonWriter& open();        // {
  JsonWriter& close();       // }
  JsonWriter& openArray();   // [
  JsonWriter& closeArray();  // ]
  JsonWriter& key(Name name);
  // A name made at run time (from data), escaped as it needs.
  JsonWriter& textKey(std::string_view name);

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  JsonWriter& value(T number) {
    return integer(static_cast<long long>(number));
  }
  JsonWriter& value(double number);
  JsonWriter& value(bool flag);
  JsonWriter& value(std::nullptr_t);
  JsonWriter& value(const nlohmann::json& document);
  template <class T>
  JsonWriter& value(const std::optional<T>& maybe) {
    return maybe ? value(*maybe) : value(nullptr);
  }
  template <class T>
  JsonWriter& value(const std::vector<T>& items) {
    openArray();
    for (const auto& item : items) value(item);
    return closeArray();
  }

  // Text that is JSON already (checked by the caller), written as it is.
  JsonWriter& raw(std::string_view json);

  // key(name).value(v)
  template <class T>
  JsonWriter& field(Name name, const T& v) {
    return key(name).value(v);
  }

  // Room for this many bytes, so that a long answer is not copied again and again as it grows.
  void reserve(std::size_t bytes) { out_.reserve(bytes); }
  const std::string& text() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  void separate();
  JsonWriter& integer(long long number);

  std::string out_;
  bool needComma_ = false;
};

}  // namespace accord::http
