#include "common/flat_json.hpp"

#include <cstdint>
#include <cstring>

#include <nlohmann/json.hpp>

#include "common/text.hpp"

namespace accord {

namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  void skipSpace() {
    while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\t' || text_[at_] == '\n' || text_[at_] == '\r'))
      ++at_;
  }
  bool atEnd() const { return at_ == text_.size(); }
  // Takes `c` after any white space, if it is next.
  bool take(char c) {
    skipSpace();
    if (at_ == text_.size() || text_[at_] != c) return false;
    ++at_;
    return true;
  }
  // A string without escapes or control characters, in valid UTF-8.
  bool string(std::string_view& out) {
    if (!take('"')) return false;
    std::size_t start = at_;
    bool ascii = true;
    for (; at_ < text_.size() && text_[at_] != '"'; ++at_) {
      auto c = static_cast<unsigned char>(text_[at_]);
      if (c < 0x20 || c == '\\') return false;
      if (c >= 0x80) ascii = false;
    }
    if (at_ == text_.size()) return false;
    out = text_.substr(start, at_ - start);
    ++at_;
    return ascii || isCleanText(out);
  }
  bool value(FlatValue& out) {
    skipSpace();
    if (at_ == text_.size()) return false;
    char c = text_[at_];
    if (c == '"') {
      out.kind = FlatValue::Kind::kString;
      return string(out.text);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      out.kind = FlatValue::Kind::kInteger;
      return integer(out.integer);
    }
    for (auto [word, kind] : {std::pair{std::string_view("true"), FlatValue::Kind::kTrue},
                              std::pair{std::string_view("false"), FlatValue::Kind::kFalse},
                              std::pair{std::string_view("null"), FlatValue::Kind::kNull}}) {
      if (text_.substr(at_, word.size()) == word) {
        at_ += word.size();
        out.kind = kind;
        return true;
      }
    }
    return false;
  }

 private:
  // -?(0|[1-9][0-9]*), at most 18 digits, and no fraction or exponent after it.
  bool integer(long long& out) {
    bool negative = text_[at_] == '-';
    if (negative) ++at_;
    std::size_t start = at_;
    long long magnitude = 0;
    while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') magnitude = magnitude * 10 + (text_[at_++] - '0');
    std::size_t digits = at_ - start;
    if (digits == 0 || digits > 18 || (digits > 1 && text_[start] == '0')) return false;
    if (at_ < text_.size() && (text_[at_] == '.' || text_[at_] == 'e' || text_[at_] == 'E')) return false;
    out = negative ? -magnitude : magnitude;
    return true;
  }

  std::string_view text_;
  std::size_t at_ = 0;
};

// Reads `open`, the items (each by `item`, separated by commas), `close` and nothing but white space after.
template <typename Item>
bool readSequence(Scanner& in, char open, char close, Item item) {
  if (!in.take(open)) return false;
  if (!in.take(close)) {
    do {
      if (!item()) return false;
    } while (in.take(','));
    if (!in.take(close)) return false;
  }
  in.skipSpace();
  return in.atEnd();
}

}  // namespace

std::optional<std::vector<FlatMember>> readFlatObject(std::string_view text) {
  Scanner in(text);
  std::vector<FlatMember> members;
  members.reserve(8);  // an audit entry's details, a tag's: a few members, read without growing
  bool flat = readSequence(in, '{', '}', [&] {
    FlatMember member;
    if (!in.string(member.key) || !in.take(':') || !in.value(member.value)) return false;
    members.push_back(member);
    return true;
  });
  if (!flat) return std::nullopt;
  return members;
}

std::optional<std::vector<std::string_view>> readFlatStrings(std::string_view text) {
  Scanner in(text);
  std::vector<std::string_view> items;
  bool flat = readSequence(in, '[', ']', [&] {
    std::string_view item;
    if (!in.string(item)) return false;
    items.push_back(item);
    return true;
  });
  if (!flat) return std::nullopt;
  return items;
}

// Eight bytes at a time: long texts (descriptions, practices) are most of a list's bytes.
bool plainJsonText(std::string_view text) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;
  auto anyZero = [&](std::uint64_t v) { return ((v - kOnes) & ~v & kHighs) != 0; };
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    bool below = ((x - kOnes * 0x20) & ~x & kHighs) != 0;  // a byte under 0x20
    if ((x & kHighs) || below || anyZero(x ^ (kOnes * '"')) || anyZero(x ^ (kOnes * '\\')) ||
        anyZero(x ^ (kOnes * 0x7f)))
      return false;
  }
  for (; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') return false;
  }
  return true;
}

void appendJsonString(std::string& out, std::string_view text) {
  if (plainJsonText(text)) {
    out += '"';
    out += text;
    out += '"';
    return;
  }
  out += nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace accord
