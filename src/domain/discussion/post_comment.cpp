#include <algorithm>

#include "domain/audit/use_cases.hpp"
#include "domain/discussion/mentions.hpp"
#include "domain/discussion/use_cases.hpp"
#include "domain/issue/use_cases.hpp"
#include "domain/notification/notify.hpp"

namespace accord::domain {

Result<Comment> postComment(Store& store, const Caller& caller, long long districtId, const NewComment& in,
                            UnixSeconds now, std::vector<long long>* notified) {
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
  std::vector<long long> mentioned;
  for (const auto& m : comment.mentions) mentioned.push_back(m.userId);
  NotificationEvent event{districtId, "mention", in.subject, caller.user.id, now};
  ACCORD_TRY(auto toldOfMention, notify(*tx, event, mentioned));
  // Those who took part in the thread follow it; a mention already told them.
  ACCORD_TRY(auto followers, tx->notifications().threadAuthors(districtId, in.subject.type, in.subject.id));
  std::erase_if(followers, [&](long long id) { return std::count(mentioned.begin(), mentioned.end(), id) > 0; });
  event.kind = "comment";
  ACCORD_TRY(auto toldOfComment, notify(*tx, event, followers));
  ACCORD_CHECK(audit(*tx, districtId, caller, "comment.post", "comment", comment.id,
                     commentAuditDetails(access, comment), now));
  ACCORD_CHECK(tx->commit());
  addNotified(notified, toldOfMention);
  addNotified(notified, toldOfComment);
  return comment;
}

}  // namespace accord::domain
