#include "domain/meeting/icalendar.hpp"

#include <algorithm>
#include <map>
#include <memory>

#include <fmt/format.h>

#include "common/time_zone.hpp"

namespace accord::domain::ical {

namespace {

constexpr UnixSeconds kDay = 86400;
// A wall time read as if it were UTC lies within 26 hours of the instant it names, in any zone.
constexpr UnixSeconds kWallSlack = 26 * 3600;
// How long past an event's last date, its DTSTAMP or its UNTIL a zone's transitions are listed:
// clients keep a feed for a while and may expand a series a little past its end.
constexpr UnixSeconds kZoneTail = 5 * 366 * kDay;

// "YYYYMMDDTHHMMSS" for seconds since 1970-01-01T00:00 of some clock, UTC or local.
std::string dateTimeValue(UnixSeconds seconds) {
  long long days = seconds >= 0 ? seconds / kDay : (seconds - kDay + 1) / kDay;
  long long inDay = seconds - days * kDay;
  LocalDate d = civilFromDays(days);
  return fmt::format("{:04}{:02}{:02}T{:02}{:02}{:02}", d.year, d.month, d.day, inDay / 3600, inDay / 60 % 60,
                     inDay % 60);
}

UnixSeconds wallSeconds(const LocalDate& day, int hour, int minute) {
  return daysFromCivil(day) * kDay + hour * 3600 + minute * 60;
}

// UTC-OFFSET (RFC 5545 3.3.14): "+hhmm", or "+hhmmss" when the seconds are not zero (local mean
// times of the nineteenth century); never "-0000".
std::string offsetValue(int seconds) {
  char sign = seconds < 0 ? '-' : '+';
  int magnitude = seconds < 0 ? -seconds : seconds;
  std::string value = fmt::format("{}{:02}{:02}", sign, magnitude / 3600, magnitude / 60 % 60);
  if (magnitude % 60 != 0) value += fmt::format("{:02}", magnitude % 60);
  return value;
}

// The instants a VTIMEZONE must cover for its events.
struct Span {
  UnixSeconds from = 0;
  UnixSeconds to = 0;
};

Span eventSpan(const Event& e) {
  UnixSeconds start = wallSeconds(e.start.date, e.start.hour, e.start.minute);
  UnixSeconds last = start;
  if (e.frequency != "once" && e.count) {
    Recurrence series{e.frequency, e.start.date, std::nullopt, e.count};
    auto dates = expandOccurrences(series, std::min(*e.count, kMaxOccurrences));
    if (!dates.empty()) last = wallSeconds(dates.back(), e.start.hour, e.start.minute);
  }
  UnixSeconds end = std::max({last, e.untilUtc.value_or(start), e.stamp});
  return {start - kWallSlack, end + kWallSlack + kZoneTail};
}

// The zones of the database that the events use, each with the span it must cover.
struct ZoneUse {
  std::shared_ptr<const TimeZone> zone;
  Span span;
};
using ZoneUses = std::map<std::string, ZoneUse>;

ZoneUses zoneUses(const std::vector<Event>& events) {
  ZoneUses uses;
  for (const auto& e : events) {
    auto zone = loadTimeZone(e.timeZone);
    if (!zone) continue;
    Span span = eventSpan(e);
    auto [use, added] = uses.try_emplace(e.timeZone, ZoneUse{zone, span});
    if (added) continue;
    use->second.span.from = std::min(use->second.span.from, span.from);
    use->second.span.to = std::max(use->second.span.to, span.to);
  }
  return uses;
}

// A property whose value is the event's time of day on `day`: the zone's wall time with TZID.
// A zone the database does not know (a series saved before zones were checked) is taken as UTC:
// a definite time, off by that zone's offset, rather than a floating time that every reader
// would place in their own zone.
std::string timeProperty(const char* name, const ZoneUses& zones, const Event& e, const LocalDate& day) {
  std::string value = dateTimeValue(wallSeconds(day, e.start.hour, e.start.minute));
  if (zones.count(e.timeZone)) return fmt::format("{};TZID={}:{}", name, e.timeZone, value);
  return fmt::format("{}:{}Z", name, value);
}

// One STANDARD or DAYLIGHT sub-component: rules that begin at `localStart`, a wall time on the
// clock in force before them (offsetFrom).
void observance(std::string& out, bool daylight, UnixSeconds localStart, int offsetFrom, int offsetTo,
                const std::string& abbreviation) {
  const char* kind = daylight ? "DAYLIGHT" : "STANDARD";
  out += contentLine(fmt::format("BEGIN:{}", kind));
  out += contentLine("DTSTART:" + dateTimeValue(localStart));
  out += contentLine("TZOFFSETFROM:" + offsetValue(offsetFrom));
  out += contentLine("TZOFFSETTO:" + offsetValue(offsetTo));
  if (!abbreviation.empty()) out += contentLine("TZNAME:" + escapeText(abbreviation));
  out += contentLine(fmt::format("END:{}", kind));
}

// The zone's rules over the span, listed change by change rather than as yearly RRULEs, so that
// any zone of the database comes out right, including its announced future changes.
void timeZoneComponent(std::string& out, const TimeZone& zone, const Span& span) {
  out += contentLine("BEGIN:VTIMEZONE");
  out += contentLine("TZID:" + zone.name());
  ZoneState initial = zone.stateAt(span.from);
  observance(out, initial.isDst, span.from + initial.offset, initial.offset, initial.offset, initial.abbreviation);
  for (const auto& t : zone.transitions(span.from + 1, span.to))
    observance(out, t.isDst, t.at + t.offsetBefore, t.offsetBefore, t.offsetAfter, t.abbreviation);
  out += contentLine("END:VTIMEZONE");
}

void eventComponent(std::string& out, const Event& e, const ZoneUses& zones) {
  out += contentLine("BEGIN:VEVENT");
  out += contentLine("UID:" + escapeText(e.uid));
  out += contentLine("DTSTAMP:" + utcDateTime(e.stamp));
  out += contentLine(timeProperty("DTSTART", zones, e, e.start.date));
  out += contentLine(fmt::format("DURATION:PT{}M", e.durationMinutes));
  if (e.frequency != "once") {
    std::string rule = e.frequency == "monthly" ? "FREQ=MONTHLY" : "FREQ=WEEKLY";
    if (e.frequency == "biweekly") rule += ";INTERVAL=2";
    if (e.count) rule += fmt::format(";COUNT={}", *e.count);
    else if (e.untilUtc) rule += ";UNTIL=" + utcDateTime(*e.untilUtc);
    out += contentLine("RRULE:" + rule);
    for (const auto& day : e.excluded)
      out += contentLine(timeProperty("EXDATE", zones, e, day));
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
    // Bytes that are no text (stored before text was checked) have no such start: cut at the
    // limit rather than never moving on.
    if (cut == 0) cut = limit;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string utcDateTime(UnixSeconds at) { return dateTimeValue(at) + "Z"; }

std::string write(const Calendar& calendar) {
  std::string out;
  out += contentLine("BEGIN:VCALENDAR");
  out += contentLine("VERSION:2.0");
  out += contentLine("PRODID:" + calendar.productId);
  out += contentLine("CALSCALE:GREGORIAN");
  out += contentLine("METHOD:PUBLISH");
  if (!calendar.name.empty()) out += contentLine("X-WR-CALNAME:" + escapeText(calendar.name));
  ZoneUses zones = zoneUses(calendar.events);
  for (const auto& [name, use] : zones) timeZoneComponent(out, *use.zone, use.span);
  for (const auto& e : calendar.events) eventComponent(out, e, zones);
  out += contentLine("END:VCALENDAR");
  return out;
}

}  // namespace accord::domain::ical
