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

// Proleptic Gregorian arithmetic (Howard Hinnant's algorithms), for any year.
struct CivilDate {
  long long year = 1970;
  int month = 1;  // 1–12
  int day = 1;
};
bool isLeapYear(long long year);
int daysInMonth(long long year, int month);
// Days since 1970-01-01, and back.
long long daysFromCivil(long long year, int month, int day);
CivilDate civilFromDays(long long days);
// The day a moment falls on, counted as daysFromCivil counts (floor, also before 1970).
long long dayOf(UnixSeconds at);

}  // namespace accord
