#pragma once
// An iCalendar (RFC 5545) writer for meeting series: CRLF line endings, lines folded at 75
// octets, TEXT values escaped, times in the series' own time zone (TZID with its VTIMEZONE for
// the zones it knows, floating local time for any other), recurrence as RRULE with COUNT or
// UNTIL, cancelled occurrences as EXDATE. Pure: the caller supplies every value, "now" included.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "domain/meeting/recurrence.hpp"

namespace accord::domain::ical {

// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines; CR is dropped and
// other control characters become spaces.
std::string escapeText(std::string_view text);

// One content line, folded so that no line exceeds 75 octets (never inside a UTF-8 sequence),
// each physical line ending in CRLF and each continuation starting with a space (3.1).
std::string contentLine(std::string_view line);

// "YYYYMMDDTHHMMSSZ"
std::string utcDateTime(UnixSeconds at);

// Whether a VTIMEZONE definition is built in for the zone (US zones with today's DST rules).
bool knowsTimeZone(std::string_view tzid);

struct Event {
  std::string uid;
  UnixSeconds stamp = 0;  // DTSTAMP
  LocalDateTime start;    // wall time in `timeZone`
  std::string timeZone;   // a TZID; unknown zones give floating times
  int durationMinutes = 60;
  std::string summary;
  std::string location;
  std::string description;
  std::string frequency = "once";      // once, weekly, biweekly, monthly
  std::optional<int> count;            // RRULE COUNT
  std::optional<UnixSeconds> untilUtc;  // RRULE UNTIL, when no count
  std::vector<LocalDate> excluded;     // EXDATE: cancelled occurrences (at the start's time of day)
};

struct Calendar {
  std::string productId = "-//Accord//Partnership meetings//EN";
  std::string name;
  std::vector<Event> events;
};

std::string write(const Calendar& calendar);

}  // namespace accord::domain::ical
