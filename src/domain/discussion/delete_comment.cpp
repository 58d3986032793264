#include "domain/audit/use_cases.hpp"
#include "domain/discussion/use_cases.hpp"

namespace accord::domain {

Result<Comment> deleteComment(Store& store, const Caller& caller, long long districtId, long long commentId,
                              UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(CommentAccess found, commentAccess(*tx, districtId, commentId, caller.user));
  Comment& comment = found.comment;
  const DiscussionAccess& access = found.discussion;
  ACCORD_CHECK(mayDeleteComment(access, comment, caller.user));
  ACCORD_CHECK(tx->comments().markDeleted(comment.id, caller.user.id, now));
  ACCORD_CHECK(audit(*tx, districtId, caller, "comment.delete", "comment", comment.id,
                     commentAuditDetails(access, comment), now));
  ACCORD_CHECK(tx->commit());
  comment.text.clear();
  comment.mentions.clear();
  comment.deletedAt = now;
  comment.deletedBy = caller.user.id;
  comment.deletedByName = caller.user.name;
  return comment;
}

}  // namespace accord::domain
