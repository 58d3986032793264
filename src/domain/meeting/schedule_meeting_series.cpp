#include "common/time_zone.hpp"
#include "domain/account/rules.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

namespace {

Result<void> applySeriesInput(MeetingSeries& s, const SeriesInput& in) {
  if (in.title) {
    ACCORD_TRY(s.title, checkName(*in.title, "title"));
  }
  if (!in.start) return invalid("start", "is required");
  auto start = parseDateTime(*in.start);
  if (!start) return invalid("start", "must be a local date and time, YYYY-MM-DDTHH:MM");
  s.start = formatDateTime(*start);
  if (in.timeZone) {
    // Only a zone the database knows can be written into the calendar feed with its rules.
    if (!isKnownTimeZone(*in.timeZone))
      return invalid("time_zone",
                     "must be a time zone from the time zone database, such as America/Chicago or Europe/Madrid");
    s.timeZone = *in.timeZone;
  }
  if (!in.durationMinutes) return invalid("duration_minutes", "is required");
  if (*in.durationMinutes < 5 || *in.durationMinutes > 24 * 60)
    return invalid("duration_minutes", "must be from 5 to 1440 minutes");
  s.durationMinutes = static_cast<int>(*in.durationMinutes);
  if (in.location) {
    if (in.location->size() > 500) return invalid("location", "must be at most 500 characters");
    s.location = *in.location;
  }
  if (in.frequency) {
    if (!isFrequency(*in.frequency)) return invalid("frequency", "must be once, weekly, biweekly or monthly");
    s.frequency = *in.frequency;
  }
  if (s.frequency == "once") {
    if (in.until) return invalid("until", "a one-off meeting has no end date");
    if (in.count) return invalid("count", "a one-off meeting has no count");
    return Ok{};
  }
  if (in.until && in.count) return invalid("until", "give an end date or a count, not both");
  if (!in.until && !in.count) return invalid("until", "a recurring series needs an end date or a count");
  if (in.until) {
    auto until = parseDate(*in.until);
    if (!until) return invalid("until", "must be a date, YYYY-MM-DD");
    if (*until < start->date) return invalid("until", "must not be before the start");
    if (daysFromCivil(*until) - daysFromCivil(start->date) > 10 * 366)
      return invalid("until", "must be within ten years of the start");
    s.until = formatDate(*until);
  }
  if (in.count) {
    if (*in.count < 1 || *in.count > 500) return invalid("count", "must be from 1 to 500");
    s.count = static_cast<int>(*in.count);
  }
  return Ok{};
}

}  // namespace

Result<MeetingSeries> scheduleMeetingSeries(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                            const SeriesInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_CHECK(mayScheduleMeetings(access, caller.user));
  MeetingSeries series;
  series.districtId = districtId;
  series.bodyId = bodyId;
  series.title = access.body.name;
  series.createdBy = caller.user.id;
  series.createdAt = now;
  ACCORD_CHECK(applySeriesInput(series, input));
  ACCORD_TRY(series.id, tx->meetings().insertSeries(series));
  ACCORD_CHECK(audit(*tx, districtId, caller, "meeting_series.schedule", "meeting_series", series.id,
                     {{"body_id", bodyId},
                      {"start", series.start},
                      {"frequency", series.frequency},
                      {"until", series.until ? nlohmann::json(*series.until) : nlohmann::json(nullptr)},
                      {"count", series.count ? nlohmann::json(*series.count) : nlohmann::json(nullptr)}},
                     now));
  ACCORD_CHECK(tx->commit());
  return series;
}

}  // namespace accord::domain
