#include "domain/audit/use_cases.hpp"
#include "domain/district/policy.hpp"
#include "domain/event/use_cases.hpp"
#include "domain/event/waitlist.hpp"

namespace accord::domain {

Result<Team> withdrawTeam(Store& store, const Caller& caller, long long eventId, long long teamId,
                          UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(TeamAccess access, teamAccess(*tx, eventId, teamId, caller.user));
  if (!access.membership || !mayManageMembers(*access.membership).ok())
    return forbidden("only the district's leaders withdraw its team");
  if (access.team.status == "withdrawn") return conflict("the team has withdrawn already");
  ACCORD_CHECK(tx->events().lockTeams(eventId));
  ACCORD_CHECK(tx->events().setTeamStatus(teamId, "withdrawn", now));
  ACCORD_TRY(auto promoted, fillPlaces(*tx, access.role.event, now));
  ACCORD_CHECK(audit(*tx, access.team.districtId, caller, "event_team.withdraw", "event_team", teamId,
                     {{"event_id", eventId}}, now));
  // The promoted teams' districts hear of it in their own logs.
  for (long long promotedId : promoted) {
    ACCORD_TRY(Team other, tx->events().team(eventId, promotedId));
    ACCORD_CHECK(auditByRule(*tx, other.districtId, "event_team.promote", "event_team", promotedId,
                       {{"event_id", eventId}}, now));
  }
  ACCORD_TRY(Team team, tx->events().team(eventId, teamId));
  ACCORD_CHECK(tx->commit());
  return team;
}

}  // namespace accord::domain
