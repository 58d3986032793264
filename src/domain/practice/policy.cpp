#include "domain/practice/policy.hpp"

#include "domain/body/body.hpp"
#include "domain/body/policy.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<Membership> mayWritePractices(Transaction& tx, long long districtId, const User& caller) {
  ACCORD_TRY(Membership member, memberOf(tx, districtId, caller));
  if (member.side != "labor" && member.side != "management")
    return forbidden("practices are written by the district's labor and management members");
  return member;
}

Result<std::string> coChairSide(Transaction& tx, long long districtId, const User& caller) {
  ACCORD_CHECK(memberOf(tx, districtId, caller));
  ACCORD_TRY(auto seats, tx.bodies().seatsOf(districtId, caller.id));
  for (const auto& seat : seats) {
    ACCORD_TRY(Body body, tx.bodies().byId(districtId, seat.bodyId));
    if (body.laborCoChairId == caller.id) return std::string("labor");
    if (body.managementCoChairId == caller.id) return std::string("management");
  }
  return forbidden("only a co-chair of a joint body may sign off a practice");
}

Result<Practice> readablePractice(Transaction& tx, long long practiceId, const User* caller) {
  ACCORD_TRY(Practice practice, tx.practices().byId(practiceId));
  bool published = practice.state == "published";
  if (!caller) {
    if (published && practice.isPublic) return practice;
    return notFound("no such practice");
  }
  if (published) return practice;
  auto member = memberOf(tx, practice.districtId, *caller);
  if (!member.ok()) return notFound("no such practice");
  return practice;
}

Result<Practice> mayFollow(Transaction& tx, long long practiceId, const User& caller) {
  ACCORD_TRY(Practice practice, readablePractice(tx, practiceId, &caller));
  if (practice.state != "published") return conflict("only a published practice may be followed");
  return practice;
}

Result<Membership> mayAdopt(Transaction& tx, long long districtId, const User& caller) {
  ACCORD_TRY(Membership member, memberOf(tx, districtId, caller));
  if (isDistrictLeader(member)) return member;
  ACCORD_TRY(bool coChair, isCoChairOfAnyBody(tx, districtId, caller.id));
  if (coChair) return member;
  return forbidden("only the district's leaders and the co-chairs of its joint bodies may adopt a practice");
}

}  // namespace accord::domain
