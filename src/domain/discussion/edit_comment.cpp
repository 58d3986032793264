#include "domain/audit/use_cases.hpp"
#include "domain/discussion/mentions.hpp"
#include "domain/discussion/use_cases.hpp"
#include "domain/issue/use_cases.hpp"

namespace accord::domain {

Result<Comment> editComment(Store& store, const Caller& caller, long long districtId, long long commentId,
                            const std::string& text, const std::vector<long long>& mentions, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(Comment comment, tx->comments().byId(districtId, commentId));
  ACCORD_TRY(DiscussionAccess access,
             discussionAccess(*tx, districtId, {comment.subjectType, comment.subjectId}, caller.user));
  ACCORD_CHECK(mayEditComment(comment, caller.user, now));
  ACCORD_TRY(comment.text, checkText(text, "text", kCommentMaxLength));
  ACCORD_TRY(comment.mentions, checkMentions(*tx, comment.bodyId, mentions));
  comment.editedAt = now;
  ACCORD_CHECK(tx->comments().update(comment));
  ACCORD_CHECK(audit(*tx, districtId, caller, "comment.edit", "comment", comment.id,
                     commentAuditDetails(access, comment), now));
  ACCORD_CHECK(tx->commit());
  return comment;
}

}  // namespace accord::domain
