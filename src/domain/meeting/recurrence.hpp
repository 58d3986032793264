#pragma once
// Calendar dates and the expansion of a meeting series into its occurrences. Pure logic: local
// wall dates only, no time zones (a series keeps its zone's name as text for the calendar feed).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace accord::domain {

struct LocalDate {
  int year = 1970;
  int month = 1;
  int day = 1;
  auto operator<=>(const LocalDate&) const = default;
};

struct LocalDateTime {
  LocalDate date;
  int hour = 0;
  int minute = 0;
};

// "YYYY-MM-DD", a real calendar date (years 1900–2999); nullopt otherwise.
std::optional<LocalDate> parseDate(std::string_view text);
// "YYYY-MM-DDTHH:MM", local wall time; nullopt otherwise.
std::optional<LocalDateTime> parseDateTime(std::string_view text);
std::string formatDate(const LocalDate& date);          // "YYYY-MM-DD"
std::string formatDateTime(const LocalDateTime& time);  // "YYYY-MM-DDTHH:MM"

// Days since 1970-01-01 and back (proleptic Gregorian calendar).
long long daysFromCivil(const LocalDate& date);
LocalDate civilFromDays(long long days);
int daysInMonth(int year, int month);

// once, weekly, biweekly (every two weeks) or monthly (the start's day of the month; months
// without that day are skipped, as RFC 5545 does for FREQ=MONTHLY).
bool isFrequency(std::string_view frequency);

struct Recurrence {
  std::string frequency = "once";
  LocalDate start;
  std::optional<LocalDate> until;  // last possible date, inclusive
  std::optional<int> count;        // number of occurrences
};

inline constexpr int kMaxOccurrences = 1000;

// Every occurrence of the series in order, at most `limit` of them. A series with neither
// `until` nor `count` is cut at `limit`; "once" has exactly one occurrence.
std::vector<LocalDate> expandOccurrences(const Recurrence& recurrence, int limit = kMaxOccurrences);

// The occurrences on or after `from`, in order, at most `want` of them: the dates that
// expandOccurrences gives from there, found without walking through the series' past.
std::vector<LocalDate> occurrencesFrom(const Recurrence& recurrence, const LocalDate& from, std::size_t want);

bool isOccurrence(const Recurrence& recurrence, const LocalDate& date);

}  // namespace accord::domain
