#include "domain/event/policy.hpp"

#include "domain/district/policy.hpp"

namespace accord::domain {

Result<void> mayCreateEvent(const User& caller) {
  if (!caller.admin) return forbidden("only an Accord administrator may create an event");
  return Ok{};
}

Result<EventRole> eventRole(Transaction& tx, long long eventId, const User& caller) {
  EventRole role;
  ACCORD_TRY(role.event, tx.events().byId(eventId));
  ACCORD_TRY(role.organizer, tx.events().isOrganizer(eventId, caller.id));
  role.admin = caller.admin;
  return role;
}

Result<void> mayManageEvent(const EventRole& role) {
  if (role.mayManage()) return Ok{};
  return forbidden("only the event's organizers may change it");
}

bool TeamAccess::onTeam() const { return membership && team.member(membership->userId) != nullptr; }

bool TeamAccess::mayWork() const { return onTeam() || (membership && mayManageMembers(*membership).ok()); }

Result<TeamAccess> teamAccess(Transaction& tx, long long eventId, long long teamId, const User& caller) {
  TeamAccess access;
  ACCORD_TRY(access.role, eventRole(tx, eventId, caller));
  ACCORD_TRY(access.team, tx.events().team(eventId, teamId));
  auto membership = tx.districts().membership(access.team.districtId, caller.id);
  if (membership.ok()) {
    access.membership = std::move(membership).value();
  } else if (membership.error().code != ErrorCode::kNotFound) {
    return membership.takeError();
  }
  if (!access.membership && !access.role.organizer) return notFound("no such team");
  return access;
}

Result<void> mayWorkOnTeam(const TeamAccess& access) {
  if (access.mayWork()) return Ok{};
  return forbidden("only the team's members and the district's leaders may do this");
}

}  // namespace accord::domain
