#include "domain/demo/demo_people.hpp"

#include "domain/account/account.hpp"
#include "domain/body/use_cases.hpp"
#include "domain/district/district.hpp"

namespace accord::domain {

Result<std::vector<long long>> addDemoPeople(Transaction& tx, long long districtId,
                                             const std::vector<DemoAccount>& accounts,
                                             const std::string& passwordHash, UnixSeconds now) {
  std::vector<long long> ids;
  for (const auto& account : accounts) {
    User user;
    user.email = account.email;
    user.name = account.name;
    user.admin = account.role == "administrator";
    user.passwordHash = passwordHash;
    user.createdAt = now;
    if (auto found = tx.users().byEmail(user.email); found.ok()) {
      user.id = found->id;
    } else {
      ACCORD_TRY(user.id, tx.users().insert(user));
    }
    Membership m;
    m.districtId = districtId;
    m.userId = user.id;
    m.side = account.side;
    m.role = account.role;
    m.createdAt = now;
    ACCORD_CHECK(tx.districts().insertMembership(m));
    ids.push_back(user.id);
  }
  return ids;
}

BodyInput demoCommitteeInput(const std::string& name) {
  BodyInput input;
  input.name = name;
  input.laborSeats = 4;
  input.managementSeats = 4;
  input.ruleKind = "consensus";
  input.quorumPerSide = 2;
  input.fallback =
      "The superintendent and the union president meet within a week to find a solution both can support; "
      "until then, current practice continues.";
  return input;
}

Result<Body> formDemoCommittee(Store& store, long long districtId, const std::vector<DemoAccount>& accounts,
                               const std::string& name, UnixSeconds now) {
  std::vector<std::pair<Caller, std::string>> members;  // with their side
  Caller superintendent, unionPresident;
  {
    ACCORD_TRY(auto tx, store.read());
    for (const auto& account : accounts) {
      if (account.role == "administrator") continue;
      Caller c;
      ACCORD_TRY(c.user, tx->users().byEmail(account.email));
      if (account.role == "superintendent") superintendent = c;
      if (account.role == "union_president") unionPresident = c;
      members.emplace_back(c, account.side);
    }
  }
  ACCORD_TRY(Body body, createBody(store, superintendent, districtId, demoCommitteeInput(name), now));
  // Each side seats its own people and names its own co-chair (mayActForSide).
  for (const auto& [member, side] : members) {
    const Caller& seatedBy = side == "labor" ? unionPresident : superintendent;
    ACCORD_CHECK(addBodyMember(store, seatedBy, districtId, body.id, {member.user.id, "member"}, now));
  }
  ACCORD_CHECK(setCoChair(store, superintendent, districtId, body.id, superintendent.user.id, now));
  ACCORD_TRY(body, setCoChair(store, unionPresident, districtId, body.id, unionPresident.user.id, now));
  return body;
}

}  // namespace accord::domain
