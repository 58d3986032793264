#pragma once
// Calendar dates as ISO strings (YYYY-MM-DD). Strings of this form sort as the dates do,
// so they are stored and compared as text.
#include <string>
#include <string_view>

#include "common/clock.hpp"

namespace accord {

// Whether `text` is a real date written YYYY-MM-DD (years 1900–9999).
bool isIsoDate(std::string_view text);

// The UTC calendar date of a moment, as YYYY-MM-DD.
std::string isoDateOf(UnixSeconds at);

}  // namespace accord
