#pragma once
// JSON of the flat shapes Accord writes for itself (an audit entry's details, a list of tags), read without
// building a document. Each reader answers nullopt for any text that is not of its shape: text that is not
// JSON, but also JSON with an escape in a string, a fraction, a nested value or a number past 18 digits.
// Then the caller reads the text with the whole parser, so nothing is ever read differently, only sooner.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accord {

struct FlatValue {
  enum class Kind { kString, kInteger, kTrue, kFalse, kNull };
  Kind kind = Kind::kNull;
  std::string_view text;  // a string's characters (it has no escapes)
  long long integer = 0;
};

struct FlatMember {
  std::string_view key;
  FlatValue value;
};

// The members of an object whose every value is a string, an integer, true, false or null, in the
// order written (a member named twice is there twice).
std::optional<std::vector<FlatMember>> readFlatObject(std::string_view text);

// The items of an array of strings only.
std::optional<std::vector<std::string_view>> readFlatStrings(std::string_view text);

// Whether every byte is printable ASCII other than '"' and '\\', so that the text goes between quotes as
// it is.
bool plainJsonText(std::string_view text);

// Appends `text` as a JSON string: between quotes as it is when plain, else escaped as nlohmann escapes
// it, with any invalid UTF-8 replaced.
void appendJsonString(std::string& out, std::string_view text);

}  // namespace accord
