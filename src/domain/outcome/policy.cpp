#include "domain/outcome/policy.hpp"

#include "domain/body/policy.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<Membership> outcomeReader(Transaction& tx, long long districtId, const User& caller) {
  return memberOf(tx, districtId, caller);
}

Result<Membership> outcomeEditor(Transaction& tx, long long districtId, const User& caller) {
  ACCORD_TRY(Membership mine, memberOf(tx, districtId, caller));
  if (isDistrictLeader(mine)) return mine;
  ACCORD_TRY(bool coChair, isCoChairOfAnyBody(tx, districtId, caller.id));
  if (!coChair) return forbidden("outcome data is kept by the district's leaders and the co-chairs of its bodies");
  return mine;
}

}  // namespace accord::domain
