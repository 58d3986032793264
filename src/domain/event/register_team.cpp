#include "domain/audit/use_cases.hpp"
#include "domain/district/policy.hpp"
#include "domain/event/use_cases.hpp"

namespace accord::domain {

namespace {

struct RequiredRole {
  const char* role;
  const char* name;
};
constexpr RequiredRole kRequiredRoles[] = {
    {"superintendent", "superintendent"},
    {"union_president", "union president"},
    {"board_president", "board president"},
};

}  // namespace

Result<Team> registerTeam(Store& store, const Caller& caller, long long eventId, const TeamRegistration& input,
                          UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(EventRole role, eventRole(*tx, eventId, caller.user));
  if (input.districtId < 1) return invalid("district_id", "is required");
  ACCORD_TRY(Membership mine, memberOf(*tx, input.districtId, caller.user));
  if (!mayManageMembers(mine).ok())
    return forbidden("only the superintendent, the union president or the board president registers a team");
  ACCORD_CHECK(tx->events().lockTeams(eventId));
  if (!role.event.registrationOpen) return conflict("registration for this event is closed");
  ACCORD_TRY(auto existing, tx->events().teamOfDistrict(eventId, input.districtId));
  if (existing && existing->status != "withdrawn") return conflict("the district has a team for this event already");

  if (input.memberIds.empty()) return invalid("member_ids", "name the team's members");
  if (input.memberIds.size() > 30) return invalid("member_ids", "a team has at most 30 members");
  Team team;
  team.eventId = eventId;
  team.districtId = input.districtId;
  team.registeredBy = caller.user.id;
  team.createdAt = now;
  for (long long userId : input.memberIds) {
    if (team.member(userId)) continue;
    auto member = tx->districts().membership(input.districtId, userId);
    if (!member.ok()) {
      if (member.error().code == ErrorCode::kNotFound)
        return invalid("member_ids", "every member must belong to the district");
      return member.takeError();
    }
    team.members.push_back({userId, member->userName, member->role, member->side, std::nullopt});
  }
  for (const auto& required : kRequiredRoles) {
    bool present = false;
    for (const auto& m : team.members) present = present || m.role == required.role;
    if (!present) return invalid("member_ids", std::string("the team must include the district's ") + required.name);
  }

  if (existing) ACCORD_CHECK(tx->events().removeTeam(existing->id));
  ACCORD_TRY(int registered, tx->events().registeredCount(eventId));
  team.status = registered < role.event.teamCapacity ? "registered" : "waitlisted";
  ACCORD_TRY(team.id, tx->events().insertTeam(team));
  ACCORD_CHECK(audit(*tx, input.districtId, caller, "event_team.register", "event_team", team.id,
                     {{"event_id", eventId}, {"status", team.status}, {"members", team.members.size()}}, now));
  ACCORD_TRY(team, tx->events().team(eventId, team.id));
  ACCORD_CHECK(tx->commit());
  return team;
}

}  // namespace accord::domain
