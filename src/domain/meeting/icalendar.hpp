#pragma once
// An iCalendar (RFC 5545) writer for meeting series: CRLF line endings, lines folded at 75
// octets, TEXT values escaped, recurrence as RRULE with COUNT or UNTIL, cancelled occurrences as
// EXDATE. Times are the series' wall times with a TZID, and the calendar carries one VTIMEZONE
// per zone used, listing that zone's transitions (from the system's time zone database, see
// common/time_zone.hpp) from the earliest event to five years past the last occurrence, UNTIL
// or DTSTAMP, whichever is latest. A zone the database does not know is taken as UTC, never
// written as floating time. Pure apart from reading the zone files: the caller supplies every
// value, "now" included.
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

struct Event {
  std::string uid;
  UnixSeconds stamp = 0;  // DTSTAMP
  LocalDateTime start;    // wall time in `timeZone`
  std::string timeZone;   // an IANA zone name, the TZID; a name not in the database means UTC
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
