#include "domain/audit/use_cases.hpp"
#include "domain/discussion/mentions.hpp"
#include "domain/discussion/use_cases.hpp"
#include "domain/issue/use_cases.hpp"

namespace accord::domain {

Result<Comment> postComment(Store& store, const Caller& caller, long long districtId, const NewComment& in,
                            UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(DiscussionAccess access, discussionAccess(*tx, districtId, in.subject, caller.user));
  ACCORD_CHECK(mayComment(access));
  Comment comment;
  comment.districtId = districtId;
  comment.bodyId = access.body.body.id;
  comment.subjectType = in.subject.type;
  comment.subjectId = in.subject.id;
  comment.authorId = caller.user.id;
  comment.authorName = caller.user.name;
  ACCORD_TRY(comment.text, checkText(in.text, "text", kCommentMaxLength));
  ACCORD_TRY(comment.mentions, checkMentions(*tx, comment.bodyId, in.mentions));
  comment.createdAt = now;
  ACCORD_TRY(comment.id, tx->comments().insert(comment));
  ACCORD_CHECK(audit(*tx, districtId, caller, "comment.post", "comment", comment.id,
                     commentAuditDetails(access, comment), now));
  ACCORD_CHECK(tx->commit());
  return comment;
}

}  // namespace accord::domain
