#pragma once
// Who may do what with events. Every signed-in person reads an event and its sessions; the
// installation's administrators create events and name organizers; organizers (and
// administrators) edit the event and its sessions and see every team. A district's team, plan
// and check-ins are for that district's members and the event's organizers: anyone else gets
// kNotFound, as for any other district's data.
#include <optional>

#include "domain/account/account.hpp"
#include "domain/district/district.hpp"
#include "domain/event/event.hpp"

namespace accord::domain {

Result<void> mayCreateEvent(const User& caller);

struct EventRole {
  Event event;
  bool organizer = false;
  bool admin = false;
  bool mayManage() const { return organizer || admin; }
};
// kNotFound when there is no such event.
Result<EventRole> eventRole(Transaction& tx, long long eventId, const User& caller);

// Organizers and administrators.
Result<void> mayManageEvent(const EventRole& role);

struct TeamAccess {
  EventRole role;
  Team team;
  std::optional<Membership> membership;  // the caller's, in the team's district
  bool onTeam() const;
  // The team's own members and the district's leaders write its plan and check-ins.
  bool mayWork() const;
};
// The team of the event, for a member of its district or an organizer; kNotFound for anyone else.
Result<TeamAccess> teamAccess(Transaction& tx, long long eventId, long long teamId, const User& caller);

Result<void> mayWorkOnTeam(const TeamAccess& access);

}  // namespace accord::domain
