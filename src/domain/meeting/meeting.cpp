#include "domain/meeting/meeting.hpp"

#include <algorithm>

namespace accord::domain {

Recurrence MeetingSeries::recurrence() const {
  Recurrence r;
  r.frequency = frequency;
  if (auto t = parseDateTime(start)) r.start = t->date;
  if (until) r.until = parseDate(*until);
  r.count = count;
  return r;
}

bool MeetingSeries::isCancelled(std::string_view date) const {
  return std::find(cancelled.begin(), cancelled.end(), date) != cancelled.end();
}

bool isOutcome(std::string_view outcome) { return outcome == "done" || outcome == "carried_over"; }

bool isAttendanceStatus(std::string_view s) { return s == "present" || s == "absent" || s == "excused"; }

}  // namespace accord::domain
