#include "domain/audit/use_cases.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<void> cancelOccurrence(Store& store, const Caller& caller, long long districtId, long long bodyId,
                              long long seriesId, const std::string& date, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_CHECK(mayScheduleMeetings(access, caller.user));
  ACCORD_TRY(MeetingSeries series, tx->meetings().seriesById(districtId, bodyId, seriesId));
  auto day = parseDate(date);
  if (!day) return invalid("date", "must be a date, YYYY-MM-DD");
  if (!isOccurrence(series.recurrence(), *day)) return invalid("date", "the series does not meet on this date");
  ACCORD_CHECK(tx->meetings().insertCancellation(seriesId, formatDate(*day)));
  ACCORD_CHECK(audit(*tx, districtId, caller, "meeting_series.cancel_occurrence", "meeting_series", seriesId,
                     {{"date", formatDate(*day)}}, now));
  return tx->commit();
}

}  // namespace accord::domain
