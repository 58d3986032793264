#include "domain/audit/use_cases.hpp"
#include "domain/district/policy.hpp"
#include "domain/handbook/use_cases.hpp"

namespace accord::domain {

Result<UnixSeconds> markHandbookRead(Store& store, const Caller& caller, long long districtId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  ACCORD_TRY(auto due, tx->handbook().readingDue(districtId, caller.user.id));
  // Reading it unasked, or again, is recorded too: the home stops asking either way.
  if (due) ACCORD_CHECK(tx->handbook().markRead(districtId, caller.user.id, now));
  else {
    ACCORD_CHECK(tx->handbook().assignReading(districtId, caller.user.id, now));
    ACCORD_CHECK(tx->handbook().markRead(districtId, caller.user.id, now));
  }
  ACCORD_CHECK(audit(*tx, districtId, caller, "handbook.read", "user", caller.user.id, nlohmann::json::object(), now));
  ACCORD_CHECK(tx->commit());
  return now;
}

}  // namespace accord::domain
