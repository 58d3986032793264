#include "common/crypto.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/district/policy.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<std::string> createCalendarFeed(Store& store, const Caller& caller, long long districtId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  std::string token = crypto::randomToken();
  CalendarFeed feed;
  feed.districtId = districtId;
  feed.userId = caller.user.id;
  feed.tokenHash = crypto::sha256Hex(token);
  feed.createdAt = now;
  ACCORD_CHECK(tx->meetings().replaceFeed(feed));
  ACCORD_CHECK(audit(*tx, districtId, caller, "calendar_feed.create", "user", caller.user.id, {}, now));
  ACCORD_CHECK(tx->commit());
  return token;
}

}  // namespace accord::domain
