#include "domain/practice/use_cases.hpp"

namespace accord::domain {

Result<FollowState> unfollowPractice(Store& store, const Caller& caller, long long practiceId) {
  ACCORD_TRY(auto tx, store.write());
  // A draft its own district reads may be left too; one the caller cannot read is not there for them.
  ACCORD_TRY(Practice practice, readablePractice(*tx, practiceId, &caller.user));
  ACCORD_CHECK(tx->practices().unfollow(practice.id, caller.user.id));
  ACCORD_TRY(FollowState state, tx->practices().followState(practice.id, caller.user.id));
  ACCORD_CHECK(tx->commit());
  return state;
}

}  // namespace accord::domain
