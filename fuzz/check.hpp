#pragma once
// What the fuzz targets share: a check that stops the run when a property fails, and a UTF-8
// decoder written apart from the one under test, to compare them.
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

// A failed property is a crash: libFuzzer keeps the input and the sanitizer prints the stack.
#define FUZZ_CHECK(condition)                                                                    \
  do {                                                                                           \
    if (!(condition)) {                                                                          \
      std::fprintf(stderr, "property failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);     \
      __builtin_trap();                                                                          \
    }                                                                                            \
  } while (0)

namespace fuzz {

// The code point at text[i] and its length in bytes, or 0 when the bytes there are not one
// well-formed UTF-8 sequence (RFC 3629: shortest form, no surrogates, at most U+10FFFF).
inline std::size_t decodeUtf8(std::string_view text, std::size_t i, char32_t& cp) {
  auto b = static_cast<unsigned char>(text[i]);
  std::size_t length = 0;
  if (b < 0x80) {
    cp = b;
    return 1;
  }
  if ((b & 0xE0) == 0xC0) length = 2, cp = b & 0x1F;
  else if ((b & 0xF0) == 0xE0) length = 3, cp = b & 0x0F;
  else if ((b & 0xF8) == 0xF0) length = 4, cp = b & 0x07;
  else return 0;
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    auto c = static_cast<unsigned char>(text[i + k]);
    if ((c & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (c & 0x3F);
  }
  constexpr char32_t kShortest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kShortest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return length;
}

// Valid UTF-8 without NUL: what common/text.hpp calls clean text.
inline bool isCleanUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    std::size_t length = decodeUtf8(text, i, cp);
    if (length == 0 || cp == 0) return false;
    i += length;
  }
  return true;
}

// `text` with every byte that does not start a well-formed sequence (and every NUL) replaced by
// '?': how a target turns fuzz bytes into the clean text the database would hold.
inline std::string cleaned(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    std::size_t length = decodeUtf8(text, i, cp);
    if (length == 0 || cp == 0) {
      out += '?';
      ++i;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

}  // namespace fuzz
