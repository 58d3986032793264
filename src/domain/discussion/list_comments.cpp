#include "domain/discussion/use_cases.hpp"

namespace accord::domain {

Result<Page<Comment>> listComments(Store& store, const Caller& caller, long long districtId,
                                   const CommentSubject& subject, long long cursor, int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(discussionAccess(*tx, districtId, subject, caller.user));
  return tx->comments().list(districtId, subject, cursor, limit);
}

}  // namespace accord::domain
