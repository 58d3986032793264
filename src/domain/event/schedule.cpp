#include "domain/event/schedule.hpp"

#include <algorithm>

#include "common/calendar_date.hpp"

namespace accord::domain {

namespace {

// Howard Hinnant's days_from_civil: days since 1970-01-01.
long long daysFromCivil(long long y, long long m, long long d) {
  y -= m <= 2 ? 1 : 0;
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

int number(std::string_view s) {
  int out = 0;
  for (char c : s) out = out * 10 + (c - '0');
  return out;
}

}  // namespace

bool isCheckInMilestone(long long days) {
  return std::find(kCheckInMilestones.begin(), kCheckInMilestones.end(), days) != kCheckInMilestones.end();
}

std::string addDays(std::string_view date, int days) {
  long long day = daysFromCivil(number(date.substr(0, 4)), number(date.substr(5, 2)), number(date.substr(8, 2)));
  return isoDateOf((day + days) * 86400);
}

std::string checkInDueOn(std::string_view endsOn, int milestone) { return addDays(endsOn, milestone); }

std::string eventSurveyClosesOn(std::string_view endsOn) { return addDays(endsOn, kEventSurveyDays); }

std::string eventSurveyStatus(std::string_view startsOn, std::string_view endsOn, std::string_view today) {
  if (today < startsOn) return "scheduled";
  if (today <= eventSurveyClosesOn(endsOn)) return "open";
  return "closed";
}

std::string checkInState(std::string_view dueOn, bool reported, std::string_view today) {
  if (reported) return "reported";
  if (today < dueOn) return "upcoming";
  if (today < addDays(dueOn, kCheckInGraceDays)) return "due";
  return "overdue";
}

}  // namespace accord::domain
