#include "domain/meeting/icalendar.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <ostream>
#include <tuple>

namespace accord::domain::ical {
namespace {

// The physical lines of a document, which must each end in CRLF.
std::vector<std::string> physicalLines(const std::string& doc) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < doc.size()) {
    auto end = doc.find("\r\n", at);
    EXPECT_NE(end, std::string::npos) << "a line without CRLF at the end";
    if (end == std::string::npos) break;
    lines.push_back(doc.substr(at, end - at));
    at = end + 2;
  }
  return lines;
}

// Unfolds (RFC 5545 3.1): a CRLF followed by one space or tab is removed.
std::vector<std::string> contentLines(const std::string& doc) {
  std::vector<std::string> out;
  for (const auto& line : physicalLines(doc)) {
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) out.back() += line.substr(1);
    else out.push_back(line);
  }
  return out;
}

bool has(const std::vector<std::string>& lines, const std::string& line) {
  return std::find(lines.begin(), lines.end(), line) != lines.end();
}

// RFC 5545's shape: CRLF after every line and nothing else, at most 75 octets a line, BEGIN and
// END balanced.
void expectWellFormed(const std::string& doc) {
  for (std::size_t at = doc.find('\n'); at != std::string::npos; at = doc.find('\n', at + 1))
    EXPECT_TRUE(at > 0 && doc[at - 1] == '\r') << at;
  for (const auto& line : physicalLines(doc)) EXPECT_LE(line.size(), 75u) << line;
  int depth = 0;
  for (const auto& line : contentLines(doc)) {
    if (line.rfind("BEGIN:", 0) == 0) ++depth;
    if (line.rfind("END:", 0) == 0) --depth;
    EXPECT_GE(depth, 0);
  }
  EXPECT_EQ(depth, 0);
}

// A STANDARD or DAYLIGHT sub-component of a VTIMEZONE.
struct Observance {
  std::string kind;
  std::string start;  // DTSTART
  std::string from;   // TZOFFSETFROM
  std::string to;     // TZOFFSETTO
  std::string name;   // TZNAME
  bool operator==(const Observance&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Observance& o) {
  return out << o.kind << " " << o.start << " " << o.from << " " << o.to << " " << o.name;
}

// The observances of the VTIMEZONE with this TZID, in order.
std::vector<Observance> observances(const std::vector<std::string>& lines, const std::string& tzid) {
  std::vector<Observance> out;
  std::string zone;
  for (const auto& line : lines) {
    auto value = [&line](const char* name) {
      std::string prefix = std::string(name) + ":";
      return line.rfind(prefix, 0) == 0 ? std::optional(line.substr(prefix.size())) : std::nullopt;
    };
    if (line == "BEGIN:VTIMEZONE" || line == "END:VTIMEZONE") zone.clear();
    if (auto id = value("TZID")) zone = *id;
    if (zone != tzid) continue;
    if (line == "BEGIN:STANDARD" || line == "BEGIN:DAYLIGHT") out.push_back({line.substr(6), "", "", "", ""});
    if (out.empty()) continue;
    if (auto v = value("DTSTART")) out.back().start = *v;
    if (auto v = value("TZOFFSETFROM")) out.back().from = *v;
    if (auto v = value("TZOFFSETTO")) out.back().to = *v;
    if (auto v = value("TZNAME")) out.back().name = *v;
  }
  return out;
}

std::vector<Observance> observancesOf(const Event& e) {
  Calendar calendar;
  calendar.events = {e};
  std::string doc = write(calendar);
  expectWellFormed(doc);
  return observances(contentLines(doc), e.timeZone);
}

bool observes(const std::vector<Observance>& all, const Observance& one) {
  return std::find(all.begin(), all.end(), one) != all.end();
}

Event weekly() {
  Event e;
  e.uid = "meeting-series-7@accord";
  e.stamp = 1767225600;  // 2026-01-01T00:00:00Z
  e.start = *parseDateTime("2026-01-05T16:00");
  e.timeZone = "America/Los_Angeles";
  e.durationMinutes = 120;
  e.summary = "Labor-Management Committee";
  e.location = "District office, room 4";
  e.frequency = "weekly";
  e.count = 10;
  e.excluded = {*parseDate("2026-01-12")};
  return e;
}

TEST(ICalendar, EscapesTextValues) {
  EXPECT_EQ(escapeText("Room 4, east wing; bring a\\b\nsecond line\r\n"),
            "Room 4\\, east wing\\; bring a\\\\b\\nsecond line\\n");
  EXPECT_EQ(escapeText("tab\there"), "tab here");
}

TEST(ICalendar, FoldsLinesAt75OctetsWithoutSplittingCharacters) {
  std::string value(200, 'x');
  for (int i = 0; i < 40; ++i) value += "\xC3\xB1";  // ñ, two octets each
  std::string folded = contentLine("DESCRIPTION:" + value);
  auto lines = physicalLines(folded);
  ASSERT_GT(lines.size(), 3u);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    EXPECT_LE(lines[i].size(), 75u) << i;
    if (i > 0) {
      EXPECT_EQ(lines[i][0], ' ');
    }
    // No line starts or ends inside a two-octet sequence.
    std::string body = i > 0 ? lines[i].substr(1) : lines[i];
    EXPECT_NE(static_cast<unsigned char>(body.front()) & 0xC0, 0x80) << i;
    EXPECT_NE(static_cast<unsigned char>(body.back()), 0xC3) << i;
  }
  EXPECT_EQ(contentLines(folded), std::vector<std::string>{"DESCRIPTION:" + value});
  EXPECT_EQ(contentLine("SHORT:yes"), "SHORT:yes\r\n");
}

TEST(ICalendar, FormatsUtcTimes) {
  EXPECT_EQ(utcDateTime(0), "19700101T000000Z");
  EXPECT_EQ(utcDateTime(1767225600 + 3 * 3600 + 25 * 60 + 9), "20260101T032509Z");
}

TEST(ICalendar, WritesAValidCalendarWithARecurringEvent) {
  Calendar calendar;
  calendar.name = "Meetings, Harbor Unified";
  calendar.events.push_back(weekly());
  std::string doc = write(calendar);
  auto lines = contentLines(doc);
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines.front(), "BEGIN:VCALENDAR");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  EXPECT_TRUE(has(lines, "VERSION:2.0"));
  EXPECT_TRUE(has(lines, "PRODID:-//Accord//Partnership meetings//EN"));
  EXPECT_TRUE(has(lines, "X-WR-CALNAME:Meetings\\, Harbor Unified"));
  EXPECT_TRUE(has(lines, "UID:meeting-series-7@accord"));
  EXPECT_TRUE(has(lines, "DTSTAMP:20260101T000000Z"));
  EXPECT_TRUE(has(lines, "DTSTART;TZID=America/Los_Angeles:20260105T160000"));
  EXPECT_TRUE(has(lines, "DURATION:PT120M"));
  EXPECT_TRUE(has(lines, "RRULE:FREQ=WEEKLY;COUNT=10"));
  EXPECT_TRUE(has(lines, "EXDATE;TZID=America/Los_Angeles:20260112T160000"));
  EXPECT_TRUE(has(lines, "LOCATION:District office\\, room 4"));
  // Every TZID used is defined by a VTIMEZONE, with the zone's changes of the year.
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "BEGIN:VTIMEZONE"), 1);
  auto zone = observances(lines, "America/Los_Angeles");
  ASSERT_FALSE(zone.empty());
  EXPECT_EQ(zone.front(), (Observance{"STANDARD", zone.front().start, "-0800", "-0800", "PST"}));
  EXPECT_TRUE(observes(zone, {"DAYLIGHT", "20260308T020000", "-0800", "-0700", "PDT"}));
  EXPECT_TRUE(observes(zone, {"STANDARD", "20261101T020000", "-0700", "-0800", "PST"}));
  expectWellFormed(doc);
}

TEST(ICalendar, WritesEveryTwoWeeksMonthlyUntilAndOneOffRules) {
  Event biweekly = weekly();
  biweekly.frequency = "biweekly";
  biweekly.count.reset();
  biweekly.untilUtc = 1782864000;  // 2026-07-01T00:00:00Z
  Event monthly = weekly();
  monthly.frequency = "monthly";
  monthly.count = 6;
  Event once = weekly();
  once.frequency = "once";
  once.uid = "one-off";
  Calendar calendar;
  calendar.events = {biweekly, monthly, once};
  auto lines = contentLines(write(calendar));
  EXPECT_TRUE(has(lines, "RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20260701T000000Z"));
  EXPECT_TRUE(has(lines, "RRULE:FREQ=MONTHLY;COUNT=6"));
  auto rule = [](const std::string& l) { return l.rfind("RRULE:", 0) == 0; };
  EXPECT_EQ(std::count_if(lines.begin(), lines.end(), rule), 2);  // the one-off has none
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "BEGIN:VTIMEZONE"), 1);
}

TEST(ICalendar, DefinesAnyZoneOfTheDatabaseFromItsTransitions) {
  Event e = weekly();
  e.timeZone = "Europe/Madrid";
  Calendar calendar;
  calendar.events = {e};
  std::string doc = write(calendar);
  expectWellFormed(doc);
  auto lines = contentLines(doc);
  EXPECT_TRUE(has(lines, "DTSTART;TZID=Europe/Madrid:20260105T160000"));
  EXPECT_TRUE(has(lines, "EXDATE;TZID=Europe/Madrid:20260112T160000"));
  EXPECT_TRUE(has(lines, "TZID:Europe/Madrid"));
  auto zone = observances(lines, "Europe/Madrid");
  ASSERT_GE(zone.size(), 3u);
  EXPECT_EQ(zone[0], (Observance{"STANDARD", zone[0].start, "+0100", "+0100", "CET"}));
  EXPECT_LE(zone[0].start, "20260105T160000");  // in force from before the first meeting
  // 2026-03-29T01:00:00Z and 2026-10-25T01:00:00Z, written in the time they leave.
  EXPECT_EQ(zone[1], (Observance{"DAYLIGHT", "20260329T020000", "+0100", "+0200", "CEST"}));
  EXPECT_EQ(zone[2], (Observance{"STANDARD", "20261025T030000", "+0200", "+0100", "CET"}));
}

TEST(ICalendar, AZoneWithoutTransitionsHasOneStandardObservance) {
  for (auto [tzid, offset, name] : {std::tuple{"Asia/Tokyo", "+0900", "JST"}, std::tuple{"UTC", "+0000", "UTC"}}) {
    Event e = weekly();
    e.timeZone = tzid;
    auto zone = observancesOf(e);
    ASSERT_EQ(zone.size(), 1u) << tzid;
    EXPECT_EQ(zone[0], (Observance{"STANDARD", zone[0].start, offset, offset, name}));
  }
}

TEST(ICalendar, WritesHalfHourAndSecondsOffsets) {
  Event lordHowe = weekly();
  lordHowe.timeZone = "Australia/Lord_Howe";
  auto zone = observancesOf(lordHowe);
  EXPECT_EQ(zone.at(0), (Observance{"DAYLIGHT", zone.at(0).start, "+1100", "+1100", "+11"}));
  EXPECT_TRUE(observes(zone, {"STANDARD", "20260405T020000", "+1100", "+1030", "+1030"}));
  EXPECT_TRUE(observes(zone, {"DAYLIGHT", "20261004T020000", "+1030", "+1100", "+11"}));
  Event dublin = weekly();  // Dublin Mean Time, 25 minutes 21 seconds behind Greenwich
  dublin.timeZone = "Europe/Dublin";
  dublin.start = *parseDateTime("1900-01-01T12:00");
  dublin.excluded.clear();
  zone = observancesOf(dublin);
  EXPECT_EQ(zone.at(0), (Observance{"STANDARD", zone.at(0).start, "-002521", "-002521", "DMT"}));
}

TEST(ICalendar, EachObservanceStartsFromTheOffsetBeforeIt) {
  for (const char* tzid : {"America/Los_Angeles", "Europe/Madrid", "Australia/Sydney", "America/Santiago"}) {
    Event e = weekly();
    e.timeZone = tzid;
    auto zone = observancesOf(e);
    ASSERT_GT(zone.size(), 10u) << tzid;
    for (std::size_t i = 1; i < zone.size(); ++i) {
      EXPECT_EQ(zone[i].from, zone[i - 1].to) << tzid << " " << zone[i];
      EXPECT_LT(zone[i - 1].start, zone[i].start) << tzid << " " << zone[i];
    }
  }
}

TEST(ICalendar, ListsTransitionsUntilFiveYearsPastTheSeriesOrTheStamp) {
  auto years = [](const std::vector<Observance>& zone) {
    return std::pair{zone.at(1).start.substr(0, 4), zone.back().start.substr(0, 4)};
  };
  Event tenWeeks = weekly();  // January to March 2026, stamped 2026-01-01
  EXPECT_EQ(years(observancesOf(tenWeeks)), std::pair(std::string("2026"), std::string("2031")));
  Event fiveYears = weekly();
  fiveYears.frequency = "monthly";
  fiveYears.count = 60;  // to December 2030
  EXPECT_EQ(years(observancesOf(fiveYears)), std::pair(std::string("2026"), std::string("2035")));
  Event until = weekly();
  until.count.reset();
  until.untilUtc = 1861920000;  // 2029-01-01T00:00:00Z
  EXPECT_EQ(years(observancesOf(until)), std::pair(std::string("2026"), std::string("2033")));
}

TEST(ICalendar, WritesOneTimeZonePerZoneUsed) {
  Event madrid = weekly();
  madrid.timeZone = "Europe/Madrid";
  Event madridLater = madrid;
  madridLater.uid = "later";
  madridLater.start = *parseDateTime("2027-06-01T09:30");
  Event chicago = weekly();
  chicago.timeZone = "America/Chicago";
  Calendar calendar;
  calendar.events = {madrid, chicago, madridLater};
  std::string doc = write(calendar);
  expectWellFormed(doc);
  auto lines = contentLines(doc);
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "BEGIN:VTIMEZONE"), 2);
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "TZID:Europe/Madrid"), 1);
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "TZID:America/Chicago"), 1);
  EXPECT_TRUE(has(lines, "DTSTART;TZID=Europe/Madrid:20270601T093000"));
  EXPECT_TRUE(has(lines, "DTSTART;TZID=America/Chicago:20260105T160000"));
}

TEST(ICalendar, AnUnknownZoneIsTakenAsUtcNeverFloating) {
  for (const char* tzid : {"Mars/Olympus_Mons", "", "../etc/passwd"}) {
    Event e = weekly();
    e.timeZone = tzid;
    Calendar calendar;
    calendar.events = {e};
    std::string doc = write(calendar);
    expectWellFormed(doc);
    auto lines = contentLines(doc);
    EXPECT_TRUE(has(lines, "DTSTART:20260105T160000Z")) << tzid;
    EXPECT_TRUE(has(lines, "EXDATE:20260112T160000Z")) << tzid;
    EXPECT_FALSE(has(lines, "BEGIN:VTIMEZONE")) << tzid;
    for (const auto& line : lines) EXPECT_EQ(line.find("TZID"), std::string::npos) << line;
  }
}

TEST(ICalendarLines, BytesThatAreNoTextAreStillFoldedAndTheLineEnds) {
  // Continuation bytes only: no character starts anywhere in them (a row stored before text was
  // checked). Folding once looped for ever here.
  std::string folded = contentLine("SUMMARY:" + std::string(200, '\x80'));
  std::string unfolded = folded.substr(0, folded.size() - 2);
  for (std::size_t at; (at = unfolded.find("\r\n ")) != std::string::npos;) unfolded.erase(at, 3);
  EXPECT_EQ(unfolded, "SUMMARY:" + std::string(200, '\x80'));
  for (std::size_t start = 0, end; (end = folded.find("\r\n", start)) != std::string::npos; start = end + 2)
    EXPECT_LE(end - start, 75u);
}

}  // namespace
}  // namespace accord::domain::ical
