#include <map>

#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<SeriesView> getMeetingSeries(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                    long long seriesId, const std::optional<std::string>& from, int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_CHECK(mayReadMeetings(access));
  std::optional<LocalDate> fromDate;
  if (from) {
    fromDate = parseDate(*from);
    if (!fromDate) return invalid("from", "must be a date, YYYY-MM-DD");
  }
  SeriesView view;
  ACCORD_TRY(view.series, tx->meetings().seriesById(districtId, bodyId, seriesId));
  ACCORD_TRY(auto meetings, tx->meetings().meetingsOfSeries(seriesId));
  std::map<std::string, long long> meetingOn;
  for (const auto& m : meetings) meetingOn[m.date] = m.id;
  for (const auto& date : view.series.occurrences()) {
    if (fromDate && date < *fromDate) continue;
    if (static_cast<int>(view.occurrences.size()) >= limit) break;
    Occurrence o;
    o.date = formatDate(date);
    o.cancelled = view.series.isCancelled(o.date);
    if (auto it = meetingOn.find(o.date); it != meetingOn.end()) o.meetingId = it->second;
    view.occurrences.push_back(std::move(o));
  }
  return view;
}

}  // namespace accord::domain
