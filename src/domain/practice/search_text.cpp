#include "domain/practice/search_text.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "common/text.hpp"

namespace accord::domain {

namespace {

// The length of the UTF-8 sequence starting at `s[i]` and its code point, or 0 when malformed.
int decodeUtf8(std::string_view s, std::size_t i, char32_t& cp) {
  auto b = static_cast<unsigned char>(s[i]);
  int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) return 0;
  cp = len == 1 ? b : len == 2 ? (b & 0x1f) : len == 3 ? (b & 0x0f) : (b & 0x07);
  for (int k = 1; k < len; ++k) {
    auto c = static_cast<unsigned char>(s[i + k]);
    if ((c >> 6) != 2) return 0;
    cp = (cp << 6) | (c & 0x3f);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[len] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return len;
}

// Letters and digits of any script; spaces, punctuation and symbols of the common blocks are not.
bool isWordCharacter(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp < 0xc0) return cp == 0xaa || cp == 0xb5 || cp == 0xba;  // Latin-1 punctuation and symbols
  if (cp == 0xd7 || cp == 0xf7) return false;                   // × ÷
  if (cp >= 0x2000 && cp <= 0x2bff) return false;               // punctuation, symbols, arrows, shapes
  if (cp >= 0x3000 && cp <= 0x303f) return false;               // CJK punctuation
  if (cp >= 0xfe30 && cp <= 0xfe6f) return false;               // compatibility forms
  if (cp >= 0xff00 && cp <= 0xff0f) return false;               // full-width punctuation
  if (cp >= 0x1f000 && cp <= 0x1faff) return false;             // emoji
  if (cp >= 0xfff0) return cp >= 0x10000 && cp < 0x1f000;       // specials
  return true;
}

}  // namespace

Result<std::vector<std::string>> searchTerms(std::string_view q) {
  if (q.size() > kMaxSearchBytes)
    return invalid("q", fmt::format("must be at most {} characters", kMaxSearchBytes));
  std::vector<std::string> terms;
  std::string word;
  bool cut = false;  // the word has been cut: the rest of its characters are dropped
  auto flush = [&] {
    if (!word.empty() && terms.size() < kMaxSearchTerms &&
        std::find(terms.begin(), terms.end(), word) == terms.end())
      terms.push_back(word);
    word.clear();
    cut = false;
  };
  for (std::size_t i = 0; i < q.size();) {
    char32_t cp = 0;
    int len = decodeUtf8(q, i, cp);
    if (len == 0) return invalid("q", "is not valid UTF-8 text");
    if (!isWordCharacter(cp)) {
      flush();
    } else if (!cut) {
      if (len == 1) word.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp));
      else word.append(q.substr(i, len));
      // A single word longer than any real one is cut rather than refused: to its beginning, never
      // to its beginning and a later short character (which made a word the text does not have).
      if (word.size() > 100) {
        word = std::string(cutAtCharacter(word, 100));
        cut = true;
      }
    }
    i += len;
  }
  flush();
  return terms;
}

std::vector<SnippetSegment> snippetSegments(std::string_view marked) {
  std::vector<SnippetSegment> out;
  bool inMatch = false;
  std::string current;
  auto push = [&](bool match) {
    if (current.empty()) return;
    if (!out.empty() && out.back().match == match) out.back().text += current;
    else out.push_back({current, match});
    current.clear();
  };
  for (char c : marked) {
    if (c == kMatchStart || c == kMatchEnd) {
      push(inMatch);
      inMatch = c == kMatchStart;
    } else {
      current.push_back(c);
    }
  }
  push(inMatch);
  return out;
}

std::string withoutControlCharacters(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && c != '\n' && c != '\t' && c != '\r') continue;
    if (u == 0x7f) continue;
    out.push_back(c);
  }
  return out;
}

}  // namespace accord::domain
