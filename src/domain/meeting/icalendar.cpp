#include "domain/meeting/icalendar.hpp"

#include <set>

#include <fmt/format.h>

namespace accord::domain::ical {

namespace {

struct ZoneRule {
  const char* tzid;
  const char* standardOffset;  // "-0800"
  const char* daylightOffset;  // empty: no daylight saving time
  const char* standardName;
  const char* daylightName;
};

// US zones with the rules in force since 2007: daylight time from the second Sunday of March
// to the first Sunday of November, at 02:00 local time.
constexpr ZoneRule kZones[] = {
    {"America/New_York", "-0500", "-0400", "EST", "EDT"},
    {"America/Detroit", "-0500", "-0400", "EST", "EDT"},
    {"America/Chicago", "-0600", "-0500", "CST", "CDT"},
    {"America/Denver", "-0700", "-0600", "MST", "MDT"},
    {"America/Boise", "-0700", "-0600", "MST", "MDT"},
    {"America/Phoenix", "-0700", "", "MST", ""},
    {"America/Los_Angeles", "-0800", "-0700", "PST", "PDT"},
    {"America/Anchorage", "-0900", "-0800", "AKST", "AKDT"},
    {"Pacific/Honolulu", "-1000", "", "HST", ""},
};

const ZoneRule* zoneRule(std::string_view tzid) {
  for (const auto& zone : kZones)
    if (tzid == zone.tzid) return &zone;
  return nullptr;
}

std::string localDateTime(const LocalDate& d, int hour, int minute) {
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}00", d.year, d.month, d.day, hour, minute);
}

// A property whose value is a local date-time: with TZID when the zone is known, else floating.
std::string timeProperty(const char* name, const std::string& zone, const std::string& value) {
  if (zoneRule(zone)) return fmt::format("{};TZID={}:{}", name, zone, value);
  return fmt::format("{}:{}", name, value);
}

void timeZoneComponent(std::string& out, const ZoneRule& z) {
  out += contentLine("BEGIN:VTIMEZONE");
  out += contentLine(std::string("TZID:") + z.tzid);
  if (*z.daylightOffset == '\0') {
    out += contentLine("BEGIN:STANDARD");
    out += contentLine("DTSTART:19700101T000000");
    out += contentLine(std::string("TZOFFSETFROM:") + z.standardOffset);
    out += contentLine(std::string("TZOFFSETTO:") + z.standardOffset);
    out += contentLine(std::string("TZNAME:") + z.standardName);
    out += contentLine("END:STANDARD");
  } else {
    out += contentLine("BEGIN:DAYLIGHT");
    out += contentLine("DTSTART:19700308T020000");
    out += contentLine("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU");
    out += contentLine(std::string("TZOFFSETFROM:") + z.standardOffset);
    out += contentLine(std::string("TZOFFSETTO:") + z.daylightOffset);
    out += contentLine(std::string("TZNAME:") + z.daylightName);
    out += contentLine("END:DAYLIGHT");
    out += contentLine("BEGIN:STANDARD");
    out += contentLine("DTSTART:19701101T020000");
    out += contentLine("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU");
    out += contentLine(std::string("TZOFFSETFROM:") + z.daylightOffset);
    out += contentLine(std::string("TZOFFSETTO:") + z.standardOffset);
    out += contentLine(std::string("TZNAME:") + z.standardName);
    out += contentLine("END:STANDARD");
  }
  out += contentLine("END:VTIMEZONE");
}

void eventComponent(std::string& out, const Event& e) {
  out += contentLine("BEGIN:VEVENT");
  out += contentLine("UID:" + escapeText(e.uid));
  out += contentLine("DTSTAMP:" + utcDateTime(e.stamp));
  out += contentLine(timeProperty("DTSTART", e.timeZone, localDateTime(e.start.date, e.start.hour, e.start.minute)));
  out += contentLine(fmt::format("DURATION:PT{}M", e.durationMinutes));
  if (e.frequency != "once") {
    std::string rule = e.frequency == "monthly" ? "FREQ=MONTHLY" : "FREQ=WEEKLY";
    if (e.frequency == "biweekly") rule += ";INTERVAL=2";
    if (e.count) rule += fmt::format(";COUNT={}", *e.count);
    else if (e.untilUtc) rule += ";UNTIL=" + utcDateTime(*e.untilUtc);
    out += contentLine("RRULE:" + rule);
    for (const auto& day : e.excluded)
      out += contentLine(timeProperty("EXDATE", e.timeZone, localDateTime(day, e.start.hour, e.start.minute)));
  }
  out += contentLine("SUMMARY:" + escapeText(e.summary));
  if (!e.location.empty()) out += contentLine("LOCATION:" + escapeText(e.location));
  if (!e.description.empty()) out += contentLine("DESCRIPTION:" + escapeText(e.description));
  out += contentLine("END:VEVENT");
}

}  // namespace

std::string escapeText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '\\': out += "\\\\"; break;
      case ';': out += "\\;"; break;
      case ',': out += "\\,"; break;
      case '\n': out += "\\n"; break;
      case '\r': break;
      default: out += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? ' ' : c;
    }
  }
  return out;
}

std::string contentLine(std::string_view line) {
  constexpr std::size_t kMaxOctets = 75;
  std::string out;
  std::size_t limit = kMaxOctets;  // the first line has all 75; continuations lose one to the space
  while (line.size() > limit) {
    std::size_t cut = limit;
    // Back up to the start of a UTF-8 sequence: continuation bytes are 10xxxxxx.
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string utcDateTime(UnixSeconds at) {
  long long days = at >= 0 ? at / 86400 : (at - 86399) / 86400;
  long long seconds = at - days * 86400;
  LocalDate d = civilFromDays(days);
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}Z", d.year, d.month, d.day, seconds / 3600, seconds / 60 % 60,
                     seconds % 60);
}

bool knowsTimeZone(std::string_view tzid) { return zoneRule(tzid) != nullptr; }

std::string write(const Calendar& calendar) {
  std::string out;
  out += contentLine("BEGIN:VCALENDAR");
  out += contentLine("VERSION:2.0");
  out += contentLine("PRODID:" + calendar.productId);
  out += contentLine("CALSCALE:GREGORIAN");
  out += contentLine("METHOD:PUBLISH");
  if (!calendar.name.empty()) out += contentLine("X-WR-CALNAME:" + escapeText(calendar.name));
  std::set<std::string> zones;
  for (const auto& e : calendar.events)
    if (knowsTimeZone(e.timeZone)) zones.insert(e.timeZone);
  for (const auto& zone : zones) timeZoneComponent(out, *zoneRule(zone));
  for (const auto& e : calendar.events) eventComponent(out, e);
  out += contentLine("END:VCALENDAR");
  return out;
}

}  // namespace accord::domain::ical
