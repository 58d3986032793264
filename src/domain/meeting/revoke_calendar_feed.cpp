#include "domain/audit/use_cases.hpp"
#include "domain/district/policy.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<void> revokeCalendarFeed(Store& store, const Caller& caller, long long districtId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  ACCORD_TRY(bool removed, tx->meetings().deleteFeed(districtId, caller.user.id));
  if (!removed) return notFound("there is no calendar feed to revoke");
  ACCORD_CHECK(audit(*tx, districtId, caller, "calendar_feed.revoke", "user", caller.user.id, {}, now));
  return tx->commit();
}

}  // namespace accord::domain
