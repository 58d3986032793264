#include "domain/practice/use_cases.hpp"

namespace accord::domain {

Result<FollowState> followPractice(Store& store, const Caller& caller, long long practiceId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(Practice practice, mayFollow(*tx, practiceId, caller.user));
  ACCORD_CHECK(tx->practices().follow(practice.id, caller.user.id, now));
  ACCORD_TRY(FollowState state, tx->practices().followState(practice.id, caller.user.id));
  ACCORD_CHECK(tx->commit());
  return state;
}

}  // namespace accord::domain
