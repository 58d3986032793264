#include <algorithm>

#include "domain/audit/use_cases.hpp"
#include "domain/discussion/mentions.hpp"
#include "domain/discussion/use_cases.hpp"
#include "domain/issue/use_cases.hpp"
#include "domain/notification/notify.hpp"

namespace accord::domain {

Result<Comment> editComment(Store& store, const Caller& caller, long long districtId, long long commentId,
                            const std::string& text, const std::vector<long long>& mentions, UnixSeconds now,
                            std::vector<long long>* notified) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(CommentAccess found, commentAccess(*tx, districtId, commentId, caller.user));
  Comment& comment = found.comment;
  const DiscussionAccess& access = found.discussion;
  ACCORD_CHECK(mayEditComment(comment, caller.user, now));
  ACCORD_TRY(comment.text, checkText(text, "text", kCommentMaxLength));
  std::vector<Mention> before = std::move(comment.mentions);
  ACCORD_TRY(comment.mentions, checkMentions(*tx, comment.bodyId, mentions));
  comment.editedAt = now;
  ACCORD_CHECK(tx->comments().update(comment));
  // Only those the comment did not name before: an edit that fixes a typo tells nobody again.
  std::vector<long long> newlyMentioned;
  for (const auto& m : comment.mentions)
    if (std::none_of(before.begin(), before.end(), [&](const Mention& b) { return b.userId == m.userId; }))
      newlyMentioned.push_back(m.userId);
  ACCORD_TRY(auto told, notify(*tx, {districtId, "mention", {comment.subjectType, comment.subjectId}, caller.user.id, now},
                               newlyMentioned));
  ACCORD_CHECK(audit(*tx, districtId, caller, "comment.edit", "comment", comment.id,
                     commentAuditDetails(access, comment), now));
  ACCORD_CHECK(tx->commit());
  addNotified(notified, told);
  return comment;
}

}  // namespace accord::domain
