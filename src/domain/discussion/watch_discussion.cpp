#include "domain/discussion/use_cases.hpp"

namespace accord::domain {

Result<void> watchDiscussion(Store& store, const Caller& caller, long long districtId, const CommentSubject& subject) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(discussionAccess(*tx, districtId, subject, caller.user));
  return Ok{};
}

}  // namespace accord::domain
