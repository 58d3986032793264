#pragma once
// The one rule for text that enters Accord: valid UTF-8 (no overlong forms, no surrogates, nothing past
// U+10FFFF) without NUL. Both databases then store exactly what was sent: PostgreSQL refuses other bytes
// and cuts a string at NUL, SQLite would keep them.
#include <cstddef>
#include <string>
#include <string_view>

namespace accord {

bool isCleanText(std::string_view text);

// The longest prefix of `text` of at most `maxBytes` bytes that ends on a character boundary.
std::string_view cutAtCharacter(std::string_view text, std::size_t maxBytes);

}  // namespace accord
