#pragma once
// When a team's follow-up check-ins fall due, and where each one stands on a given day.
#include <array>
#include <string>
#include <string_view>

namespace accord::domain {

// Days after the event's last day at which a team reports its progress.
inline constexpr std::array<int, 3> kCheckInMilestones = {30, 90, 180};
// A check-in not reported this many days after it fell due is overdue.
inline constexpr int kCheckInGraceDays = 14;

bool isCheckInMilestone(long long days);

// `date` (YYYY-MM-DD, valid) moved by `days`, which may be negative.
std::string addDays(std::string_view date, int days);

// The day a milestone's check-in falls due for an event ending on `endsOn`.
std::string checkInDueOn(std::string_view endsOn, int milestone);

// The post-event survey takes answers from the event's first day through this many days after its last.
inline constexpr int kEventSurveyDays = 14;

// The last day the post-event survey takes answers.
std::string eventSurveyClosesOn(std::string_view endsOn);

// scheduled (before the first day), open (through eventSurveyClosesOn), closed. Its results are
// shown only once it is closed: while answers still come in, two readings would tell one apart.
std::string eventSurveyStatus(std::string_view startsOn, std::string_view endsOn, std::string_view today);

// reported; upcoming (before its due day); due (from its due day, for the grace days); overdue.
std::string checkInState(std::string_view dueOn, bool reported, std::string_view today);

}  // namespace accord::domain
