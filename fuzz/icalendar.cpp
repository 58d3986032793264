// The iCalendar writer, round trip: meeting series built from the input are written as a calendar
// feed (as read_calendar_feed.cpp does), then the feed is read back and checked against RFC 5545:
// CRLF line ends, lines of at most 75 octets folded between characters, escaped TEXT that unfolds
// and unescapes to what was written, BEGIN/END balanced, every TZID defined by a VTIMEZONE.
//
// The input is a series per block of "key: value" lines, blocks separated by "---":
//   title, location, body (the description's "Meeting of ..."), calendar (the calendar's name),
//   start (YYYY-MM-DDTHH:MM), zone, duration (minutes), frequency, count, until (YYYY-MM-DD),
//   cancel (YYYY-MM-DD, repeatable), stamp (Unix seconds).
// Text is made clean (the database holds only clean text); numbers are brought into the ranges
// scheduling a series accepts.
#include <algorithm>
#include <cctype>
#include <charconv>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "domain/meeting/icalendar.hpp"
#include "domain/meeting/recurrence.hpp"

namespace {

using namespace accord::domain;

constexpr std::size_t kMaxOctets = 75;

long long number(std::string_view text, long long fallback) {
  long long out = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() ? out : fallback;
}

long long inRange(long long value, long long low, long long high) {
  if (value >= low && value <= high) return value;
  unsigned long long span = static_cast<unsigned long long>(high - low) + 1;
  return low + static_cast<long long>(static_cast<unsigned long long>(value) % span);
}

// Names made of the characters a zone name has (common/time_zone.hpp), so that a TZID is never
// broken by the input; names the zone database does not know are kept, to reach the writer's UTC
// fallback for series stored before zones were checked.
bool isZoneName(const std::string& zone) {
  return !zone.empty() && zone.size() <= 64 && std::all_of(zone.begin(), zone.end(), [](unsigned char c) {
    return std::isalnum(c) || c == '/' || c == '_' || c == '-' || c == '+';
  });
}

struct Series {
  std::map<std::string, std::string> fields;
  std::vector<std::string> cancelled;
};

std::vector<Series> readSeries(std::string_view input) {
  std::vector<Series> out(1);
  while (!input.empty()) {
    std::size_t end = input.find('\n');
    std::string_view line = input.substr(0, end);
    input.remove_prefix(end == std::string_view::npos ? input.size() : end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line == "---") {
      if (out.size() == 4) break;
      out.emplace_back();
      continue;
    }
    std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string key(line.substr(0, colon));
    std::string_view value = line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    // "\n" in a value stands for a new line, so that text may span lines as a description can.
    std::string text;
    for (std::size_t i = 0; i < value.size(); ++i) {
      if (value[i] == '\\' && i + 1 < value.size() && value[i + 1] == 'n') text += '\n', ++i;
      else text += value[i];
    }
    if (key == "cancel") out.back().cancelled.push_back(text);
    else out.back().fields[key] = text;
  }
  return out;
}

std::string field(const Series& s, const char* key, const char* fallback = "") {
  auto it = s.fields.find(key);
  return fuzz::cleaned(it == s.fields.end() ? std::string_view(fallback) : std::string_view(it->second));
}

// What escapeText's caller promises the reader gets back: the text without CR, other control
// characters as spaces.
std::string expectedText(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\r') continue;
    out += (u < 0x20 && c != '\n') || u == 0x7f ? ' ' : c;
  }
  return out;
}

// RFC 5545 3.3.11, read back. False when a backslash starts no escape or a ',' or ';' is bare.
bool unescape(std::string_view value, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (c == ',' || c == ';') return false;
    if (c != '\\') {
      out += c;
      continue;
    }
    if (++i == value.size()) return false;
    switch (value[i]) {
      case '\\': out += '\\'; break;
      case ';': out += ';'; break;
      case ',': out += ','; break;
      case 'n':
      case 'N': out += '\n'; break;
      default: return false;
    }
  }
  return true;
}

struct Property {
  std::string name;
  std::map<std::string, std::string> params;
  std::string value;
};

Property parseProperty(const std::string& line) {
  Property p;
  std::size_t colon = line.find(':');
  FUZZ_CHECK(colon != std::string::npos);
  std::string_view head = std::string_view(line).substr(0, colon);
  p.value = line.substr(colon + 1);
  std::size_t semicolon = head.find(';');
  p.name = std::string(head.substr(0, semicolon));
  while (semicolon != std::string_view::npos) {
    head.remove_prefix(semicolon + 1);
    semicolon = head.find(';');
    std::string_view param = head.substr(0, semicolon);
    std::size_t eq = param.find('=');
    FUZZ_CHECK(eq != std::string_view::npos);
    p.params[std::string(param.substr(0, eq))] = std::string(param.substr(eq + 1));
  }
  FUZZ_CHECK(!p.name.empty());
  for (char c : p.name) FUZZ_CHECK((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-');
  return p;
}

// The calendar's physical lines checked and unfolded into its content lines.
std::vector<std::string> unfold(const std::string& feed) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  FUZZ_CHECK(feed.size() >= 2 && feed.compare(feed.size() - 2, 2, "\r\n") == 0);
  while (at < feed.size()) {
    std::size_t end = feed.find("\r\n", at);
    FUZZ_CHECK(end != std::string::npos);
    std::string_view line = std::string_view(feed).substr(at, end - at);
    at = end + 2;
    FUZZ_CHECK(line.size() <= kMaxOctets);
    FUZZ_CHECK(line.find_first_of("\r\n") == std::string_view::npos);  // no bare CR or LF
    // Folded between characters: each physical line is UTF-8 on its own.
    FUZZ_CHECK(fuzz::isCleanUtf8(line));
    if (!line.empty() && line.front() == ' ') {
      FUZZ_CHECK(!lines.empty());
      FUZZ_CHECK(line.size() > 1);  // a fold carries text
      lines.back().append(line.substr(1));
    } else {
      FUZZ_CHECK(!line.empty());
      lines.emplace_back(line);
    }
  }
  return lines;
}

// "YYYYMMDDTHHMMSSZ" back to Unix seconds.
long long readUtc(const std::string& text) {
  FUZZ_CHECK(text.size() == 16 && text[8] == 'T' && text[15] == 'Z');
  auto digits = [&](std::size_t at, std::size_t n) {
    int out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      FUZZ_CHECK(text[i] >= '0' && text[i] <= '9');
      out = out * 10 + (text[i] - '0');
    }
    return out;
  };
  LocalDate date{digits(0, 4), digits(4, 2), digits(6, 2)};
  FUZZ_CHECK(date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= daysInMonth(date.year, date.month));
  int h = digits(9, 2), m = digits(11, 2), s = digits(13, 2);
  FUZZ_CHECK(h < 24 && m < 60 && s < 60);
  return daysFromCivil(date) * 86400 + h * 3600 + m * 60 + s;
}

std::string localValue(const LocalDate& d, int hour, int minute) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d%02d%02dT%02d%02d00", d.year, d.month, d.day, hour, minute);
  return buffer;
}

// A date-time property holding the wall time `local`: in its TZID's zone, or else as UTC (a zone
// the database does not know) or floating.
bool isTimeOf(const Property& p, const std::string& local) {
  if (p.params.count("TZID")) return p.value == local;
  return p.value == local + "Z" || p.value == local;
}

void checkTextProperty(const Property& p, const std::string& written) {
  std::string text;
  FUZZ_CHECK(p.params.empty());
  FUZZ_CHECK(unescape(p.value, text));
  FUZZ_CHECK(text == expectedText(written));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);

  // contentLine alone, on clean text: folds that unfold to the line.
  {
    std::string line = fuzz::cleaned(input.substr(0, input.find('\n')));
    if (line.find_first_of("\r\n") == std::string::npos && !line.empty() && line.front() != ' ') {
      auto lines = unfold(ical::contentLine(line));
      FUZZ_CHECK(lines.size() == 1 && lines[0] == line);
    }
  }

  ical::Calendar calendar;
  std::vector<ical::Event> events;
  for (const auto& s : readSeries(input)) {
    ical::Event e;
    if (auto name = s.fields.find("calendar"); name != s.fields.end()) calendar.name = fuzz::cleaned(name->second);
    e.uid = field(s, "uid", "meeting-series-1-district-1@accord");
    e.stamp = inRange(number(field(s, "stamp"), 1767225600), -2208988800LL, 32503680000LL);  // 1900–3000
    auto start = parseDateTime(field(s, "start", "2026-01-05T16:30"));
    e.start = start ? *start : LocalDateTime{{2026, 1, 5}, 16, 30};
    e.timeZone = field(s, "zone", "America/Los_Angeles");
    if (!isZoneName(e.timeZone)) e.timeZone = "America/Los_Angeles";
    e.durationMinutes = static_cast<int>(inRange(number(field(s, "duration"), 60), 5, 24 * 60));
    e.summary = field(s, "title", "Joint labor-management committee");
    e.location = field(s, "location");
    e.description = "Meeting of " + field(s, "body", "the district's partnership");
    e.frequency = field(s, "frequency", "once");
    if (!isFrequency(e.frequency)) e.frequency = "once";
    if (e.frequency != "once") {
      Recurrence r;
      r.frequency = e.frequency;
      r.start = e.start.date;
      if (auto count = s.fields.find("count"); count != s.fields.end())
        r.count = static_cast<int>(inRange(number(count->second, 10), 1, 500));
      else if (auto until = parseDate(field(s, "until"))) r.until = until;
      else r.count = 10;
      auto occurrences = expandOccurrences(r);
      FUZZ_CHECK(!r.count || static_cast<int>(occurrences.size()) <= *r.count);
      FUZZ_CHECK(std::is_sorted(occurrences.begin(), occurrences.end()));
      // UNTIL (in UTC) for a series that ends on a date, COUNT otherwise, as the feed may do either.
      if (s.fields.count("until") && r.until) e.untilUtc = daysFromCivil(*r.until) * 86400 + 86399;
      else e.count = r.count ? *r.count : static_cast<int>(occurrences.size());
      for (const auto& date : s.cancelled)
        if (auto day = parseDate(fuzz::cleaned(date))) e.excluded.push_back(*day);
    }
    events.push_back(e);
  }
  calendar.events = events;

  std::string feed = ical::write(calendar);
  auto lines = unfold(feed);

  // Components: balanced, VCALENDAR outermost, VEVENT and VTIMEZONE directly inside it.
  std::vector<std::string> open;
  std::set<std::string> definedZones, usedZones;
  std::size_t event = 0;
  std::map<std::string, int> seen;  // properties of the current event
  bool inCalendarZone = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Property p = parseProperty(lines[i]);
    if (p.name == "BEGIN") {
      FUZZ_CHECK(open.empty() == (p.value == "VCALENDAR"));
      if (p.value == "VEVENT" || p.value == "VTIMEZONE") FUZZ_CHECK(open.size() == 1);
      open.push_back(p.value);
      if (p.value == "VEVENT") seen.clear();
      inCalendarZone = p.value == "VTIMEZONE";
      continue;
    }
    if (p.name == "END") {
      FUZZ_CHECK(!open.empty() && open.back() == p.value);
      open.pop_back();
      if (p.value == "VTIMEZONE") inCalendarZone = false;
      if (p.value == "VEVENT") {
        for (const char* once : {"UID", "DTSTAMP", "DTSTART", "DURATION", "SUMMARY"}) FUZZ_CHECK(seen[once] == 1);
        FUZZ_CHECK(seen["RRULE"] == (events[event].frequency != "once" ? 1 : 0));
        ++event;
      }
      if (open.empty()) FUZZ_CHECK(i + 1 == lines.size());  // nothing after the calendar
      continue;
    }
    FUZZ_CHECK(!open.empty());
    if (inCalendarZone && open.back() == "VTIMEZONE" && p.name == "TZID") definedZones.insert(p.value);
    if (auto tzid = p.params.find("TZID"); tzid != p.params.end()) usedZones.insert(tzid->second);
    if (open.back() == "VCALENDAR" && p.name == "X-WR-CALNAME") checkTextProperty(p, calendar.name);
    if (open.back() != "VEVENT") continue;

    FUZZ_CHECK(event < events.size());
    const ical::Event& e = events[event];
    ++seen[p.name];
    if (p.name == "UID") checkTextProperty(p, e.uid);
    if (p.name == "SUMMARY") checkTextProperty(p, e.summary);
    if (p.name == "LOCATION") checkTextProperty(p, e.location);
    if (p.name == "DESCRIPTION") checkTextProperty(p, e.description);
    if (p.name == "DTSTAMP") FUZZ_CHECK(readUtc(p.value) == e.stamp);
    if (p.name == "DTSTART") FUZZ_CHECK(isTimeOf(p, localValue(e.start.date, e.start.hour, e.start.minute)));
    if (p.name == "DURATION") FUZZ_CHECK(p.value == "PT" + std::to_string(e.durationMinutes) + "M");
    if (p.name == "RRULE") {
      FUZZ_CHECK(p.value.rfind(e.frequency == "monthly" ? "FREQ=MONTHLY" : "FREQ=WEEKLY", 0) == 0);
      if (e.count) FUZZ_CHECK(p.value.find(";COUNT=" + std::to_string(*e.count)) != std::string::npos);
      if (e.untilUtc) {
        auto until = p.value.find(";UNTIL=");
        FUZZ_CHECK(until != std::string::npos && readUtc(p.value.substr(until + 7, 16)) == *e.untilUtc);
      }
    }
    if (p.name == "EXDATE") {
      std::size_t k = static_cast<std::size_t>(seen["EXDATE"]) - 1;
      FUZZ_CHECK(k < e.excluded.size());
      FUZZ_CHECK(isTimeOf(p, localValue(e.excluded[k], e.start.hour, e.start.minute)));
    }
  }
  FUZZ_CHECK(open.empty());
  FUZZ_CHECK(event == events.size());
  // RFC 5545 3.2.19: every TZID a property names is defined by a VTIMEZONE of the calendar.
  for (const auto& zone : usedZones) FUZZ_CHECK(definedZones.count(zone) == 1);
  return 0;
}
