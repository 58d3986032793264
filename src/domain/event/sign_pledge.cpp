#include "domain/audit/use_cases.hpp"
#include "domain/event/use_cases.hpp"

namespace accord::domain {

Result<Team> signPledge(Store& store, const Caller& caller, long long eventId, long long teamId,
                        std::optional<long long> onBehalfOf, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(TeamAccess access, teamAccess(*tx, eventId, teamId, caller.user));
  if (onBehalfOf && *onBehalfOf != caller.user.id)
    return forbidden("each member signs the pledge themself; nobody signs for another");
  const TeamMember* me = access.team.member(caller.user.id);
  if (!me) return forbidden("only the team's members sign its pledge");
  if (access.team.status == "withdrawn") return conflict("the team has withdrawn");
  if (me->signedAt) return conflict("you have signed the pledge already");
  ACCORD_CHECK(tx->events().signPledge(teamId, caller.user.id, now));
  ACCORD_CHECK(audit(*tx, access.team.districtId, caller, "event_team.sign_pledge", "event_team", teamId,
                     {{"event_id", eventId}}, now));
  ACCORD_TRY(Team team, tx->events().team(eventId, teamId));
  ACCORD_CHECK(tx->commit());
  return team;
}

}  // namespace accord::domain
