#include <fmt/format.h>

#include "common/crypto.hpp"
#include "domain/district/district.hpp"
#include "domain/meeting/icalendar.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

namespace {

ical::Event eventOf(const MeetingSeries& s, UnixSeconds now) {
  ical::Event e;
  e.uid = fmt::format("meeting-series-{}-district-{}@accord", s.id, s.districtId);
  e.stamp = now;
  if (auto start = parseDateTime(s.start)) e.start = *start;
  e.timeZone = s.timeZone;
  e.durationMinutes = s.durationMinutes;
  e.summary = s.title;
  e.location = s.location;
  e.description = "Meeting of " + s.bodyName;
  e.frequency = s.frequency;
  if (s.frequency != "once") {
    // COUNT needs no time-zone arithmetic, unlike UNTIL (which must be in UTC when DTSTART has a
    // TZID); the series' own expansion gives the count, with the same monthly rule as RFC 5545.
    e.count = s.count ? *s.count : static_cast<int>(s.occurrences().size());
    for (const auto& date : s.cancelled)
      if (auto day = parseDate(date)) e.excluded.push_back(*day);
  }
  return e;
}

}  // namespace

Result<std::string> readCalendarFeed(Store& store, const std::string& token, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.read());
  if (token.empty() || token.size() > 128) return notFound("no such calendar feed");
  ACCORD_TRY(CalendarFeed feed, tx->meetings().feedByTokenHash(crypto::sha256Hex(token)));
  auto membership = tx->districts().membership(feed.districtId, feed.userId);
  if (!membership.ok()) {
    if (membership.error().code == ErrorCode::kNotFound) return notFound("no such calendar feed");
    return membership.takeError();
  }
  ACCORD_TRY(auto series, tx->meetings().seriesOfMember(feed.districtId, feed.userId));
  ACCORD_TRY(District district, tx->districts().byId(feed.districtId));
  ical::Calendar calendar;
  calendar.name = "Partnership meetings, " + district.name;
  for (const auto& s : series) {
    if (s.frequency == "once" && !s.cancelled.empty()) continue;  // its one occurrence is off
    calendar.events.push_back(eventOf(s, now));
  }
  return ical::write(calendar);
}

}  // namespace accord::domain
