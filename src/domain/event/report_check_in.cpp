#include "common/calendar_date.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<CheckIn> reportCheckIn(Store& store, const Caller& caller, long long eventId, long long teamId,
                              const CheckInInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(TeamAccess access, teamAccess(*tx, eventId, teamId, caller.user));
  ACCORD_CHECK(mayWorkOnTeam(access));
  if (!isCheckInMilestone(input.milestone)) return invalid("milestone", "must be 30, 90 or 180");
  if (access.team.status != "registered") return conflict("only a team that attended reports check-ins");
  std::string dueOn = checkInDueOn(access.role.event.endsOn, static_cast<int>(input.milestone));
  if (isoDateOf(now) < dueOn) return conflict("this check-in opens on " + dueOn, "milestone");
  ACCORD_TRY(auto goals, tx->events().goals(teamId));
  if (goals.empty()) return conflict("the plan has no goals to report on");
  CheckIn checkIn;
  checkIn.teamId = teamId;
  checkIn.milestone = static_cast<int>(input.milestone);
  checkIn.reportedBy = caller.user.id;
  checkIn.reporterName = caller.user.name;
  checkIn.reportedAt = now;
  for (const auto& goal : goals) {
    const GoalProgress* given = nullptr;
    for (const auto& p : input.progress) given = p.goalId == goal.id ? &p : given;
    if (!given) return invalid("progress", "report on every goal of the plan");
    if (!isGoalStatus(given->status))
      return invalid("progress", "status must be not_started, in_progress, done or stalled");
    if (given->note.size() > 2000) return invalid("progress", "a note must be at most 2000 characters");
    checkIn.progress.push_back(*given);
  }
  if (input.progress.size() != checkIn.progress.size())
    return invalid("progress", "report once on each goal of this plan");
  auto inserted = tx->events().insertCheckIn(checkIn);
  if (!inserted.ok()) {
    if (inserted.error().code == ErrorCode::kConflict)
      return conflict("the team has reported this check-in already", "milestone");
    return inserted.takeError();
  }
  checkIn.id = *inserted;
  ACCORD_CHECK(audit(*tx, access.team.districtId, caller, "event_check_in.report", "event_team", teamId,
                     {{"event_id", eventId}, {"milestone", checkIn.milestone}}, now));
  ACCORD_CHECK(tx->commit());
  return checkIn;
}

}  // namespace accord::domain
