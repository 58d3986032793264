#include "domain/meeting/recurrence.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "common/calendar_date.hpp"

namespace accord::domain {

namespace {

bool digits(std::string_view text, std::size_t pos, std::size_t len, int& out) {
  if (pos + len > text.size()) return false;
  for (std::size_t i = pos; i < pos + len; ++i)
    if (text[i] < '0' || text[i] > '9') return false;
  std::from_chars(text.data() + pos, text.data() + pos + len, out);
  return true;
}

}  // namespace

int daysInMonth(int year, int month) { return accord::daysInMonth(year, month); }

std::optional<LocalDate> parseDate(std::string_view text) {
  LocalDate d;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!digits(text, 0, 4, d.year) || !digits(text, 5, 2, d.month) || !digits(text, 8, 2, d.day)) return std::nullopt;
  if (d.year < 1900 || d.year > 2999 || d.month < 1 || d.month > 12) return std::nullopt;
  if (d.day < 1 || d.day > daysInMonth(d.year, d.month)) return std::nullopt;
  return d;
}

std::optional<LocalDateTime> parseDateTime(std::string_view text) {
  if (text.size() != 16 || text[10] != 'T' || text[13] != ':') return std::nullopt;
  auto date = parseDate(text.substr(0, 10));
  LocalDateTime t;
  if (!date || !digits(text, 11, 2, t.hour) || !digits(text, 14, 2, t.minute)) return std::nullopt;
  if (t.hour > 23 || t.minute > 59) return std::nullopt;
  t.date = *date;
  return t;
}

std::string formatDate(const LocalDate& d) { return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day); }

std::string formatDateTime(const LocalDateTime& t) {
  return fmt::format("{}T{:02}:{:02}", formatDate(t.date), t.hour, t.minute);
}

// Howard Hinnant's days_from_civil / civil_from_days.
long long daysFromCivil(const LocalDate& date) { return accord::daysFromCivil(date.year, date.month, date.day); }

LocalDate civilFromDays(long long days) {
  CivilDate d = accord::civilFromDays(days);
  return {static_cast<int>(d.year), d.month, d.day};
}

bool isFrequency(std::string_view f) { return f == "once" || f == "weekly" || f == "biweekly" || f == "monthly"; }

std::vector<LocalDate> expandOccurrences(const Recurrence& r, int limit) {
  std::vector<LocalDate> out;
  if (limit <= 0) return out;
  if (r.frequency == "once") {
    out.push_back(r.start);
    return out;
  }
  int wanted = r.count ? std::min(*r.count, limit) : limit;
  auto accept = [&](const LocalDate& d) {
    if (r.until && d > *r.until) return false;
    out.push_back(d);
    return static_cast<int>(out.size()) < wanted;
  };
  if (r.frequency == "monthly") {
    int year = r.start.year, month = r.start.month;
    // Bounded: even a 31st occurs in 7 of every 12 months.
    for (int step = 0; step < wanted * 2 + 12 && year <= 2999; ++step) {
      if (r.start.day <= daysInMonth(year, month) && !accept({year, month, r.start.day})) break;
      if (++month > 12) month = 1, ++year;
    }
    return out;
  }
  int stride = r.frequency == "weekly" ? 7 : 14;
  long long day = daysFromCivil(r.start);
  for (;; day += stride) {
    LocalDate date = civilFromDays(day);
    if (!accept(date) || date.year > 2999) break;
  }
  return out;
}

std::vector<LocalDate> occurrencesFrom(const Recurrence& r, const LocalDate& from, std::size_t want) {
  std::vector<LocalDate> out;
  if (want == 0) return out;
  if (r.frequency == "weekly" || r.frequency == "biweekly") {
    // The k-th occurrence is the start plus k strides: skip straight to the first one on or after `from`.
    long long stride = r.frequency == "weekly" ? 7 : 14;
    long long start = daysFromCivil(r.start), first = daysFromCivil(from);
    long long total = r.count ? std::min(*r.count, kMaxOccurrences) : kMaxOccurrences;
    long long k = first <= start ? 0 : (first - start + stride - 1) / stride;
    // The series ends with its first date past the year 2999 (as expandOccurrences does).
    if (k > 0 && civilFromDays(start + (k - 1) * stride).year > 2999) return out;
    for (; k < total; ++k) {
      LocalDate date = civilFromDays(start + k * stride);
      if (r.until && date > *r.until) break;
      out.push_back(date);
      if (out.size() == want || date.year > 2999) break;
    }
    return out;
  }
  // A single date, or a monthly series: at most a thousand months, few enough to walk.
  for (const LocalDate& date : expandOccurrences(r)) {
    if (date < from) continue;
    out.push_back(date);
    if (out.size() == want) break;
  }
  return out;
}

bool isOccurrence(const Recurrence& r, const LocalDate& date) {
  auto all = expandOccurrences(r);
  return std::binary_search(all.begin(), all.end(), date);
}

}  // namespace accord::domain
