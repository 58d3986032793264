#include "domain/meeting/icalendar.hpp"

#include <gtest/gtest.h>

#include <algorithm>

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
  // Every TZID used is defined by a VTIMEZONE with standard and daylight rules.
  EXPECT_TRUE(has(lines, "BEGIN:VTIMEZONE"));
  EXPECT_TRUE(has(lines, "TZID:America/Los_Angeles"));
  EXPECT_TRUE(has(lines, "TZOFFSETTO:-0700"));
  EXPECT_TRUE(has(lines, "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"));
  // Components are balanced.
  int depth = 0;
  for (const auto& line : lines) {
    if (line.rfind("BEGIN:", 0) == 0) ++depth;
    if (line.rfind("END:", 0) == 0) --depth;
    EXPECT_GE(depth, 0);
  }
  EXPECT_EQ(depth, 0);
  // Nothing but CRLF ends a line.
  EXPECT_EQ(doc.find('\n', 0) - 1, doc.find("\r\n"));
  for (std::size_t at = doc.find('\n'); at != std::string::npos; at = doc.find('\n', at + 1))
    EXPECT_EQ(doc[at - 1], '\r');
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
  auto eventRule = [](const std::string& l) {
    return l.rfind("RRULE:FREQ=", 0) == 0 && l.find("YEARLY") == std::string::npos;
  };
  EXPECT_EQ(std::count_if(lines.begin(), lines.end(), eventRule), 2);  // the one-off has none
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "BEGIN:VTIMEZONE"), 1);
}

TEST(ICalendar, AnUnknownZoneGivesFloatingTimesAndNoDanglingTzid) {
  Event e = weekly();
  e.timeZone = "Europe/Lisbon";
  Calendar calendar;
  calendar.events = {e};
  auto lines = contentLines(write(calendar));
  EXPECT_TRUE(has(lines, "DTSTART:20260105T160000"));
  EXPECT_TRUE(has(lines, "EXDATE:20260112T160000"));
  for (const auto& line : lines) EXPECT_EQ(line.find("TZID"), std::string::npos) << line;
}

}  // namespace
}  // namespace accord::domain::ical
