#include "domain/discussion/policy.hpp"

#include "domain/audit/use_cases.hpp"
#include "domain/communication/communication.hpp"
#include "domain/communication/policy.hpp"
#include "domain/decision/policy.hpp"
#include "domain/district/policy.hpp"
#include "domain/issue/policy.hpp"
#include "domain/meeting/policy.hpp"

namespace accord::domain {

Result<DiscussionAccess> discussionAccess(Transaction& tx, long long districtId, const CommentSubject& subject,
                                          const User& caller) {
  ACCORD_CHECK(memberOf(tx, districtId, caller));
  if (!isCommentSubject(subject.type))
    return invalid("subject_type", "must be issue, decision, meeting or communication");
  if (subject.id <= 0) return invalid("subject_id", "is required");
  DiscussionAccess access;
  if (subject.type == "issue") {
    ACCORD_TRY(auto issue, issueAccess(tx, districtId, subject.id, caller));
    access.body = std::move(issue.body);
    access.confidential = issue.issue.confidential;
    access.title = issue.issue.title;
    access.path = "/issues/" + std::to_string(subject.id);
  } else if (subject.type == "decision") {
    ACCORD_TRY(auto decision, decisionAccess(tx, districtId, subject.id, caller));
    access.body = std::move(decision.body);
    access.confidential = decision.decision.confidential;
    access.title = decision.decision.title;
    access.path = "/decisions/" + std::to_string(subject.id);
  } else if (subject.type == "meeting") {
    ACCORD_TRY(Meeting meeting, tx.meetings().meetingInDistrict(districtId, subject.id));
    ACCORD_TRY(auto meetingRead, meetingAccess(tx, districtId, meeting.bodyId, subject.id, caller));
    access.body = std::move(meetingRead.body);
    access.title = access.body.body.name + ", " + meeting.date;
    access.path = "/bodies/" + std::to_string(meeting.bodyId) + "/meetings/" + std::to_string(subject.id);
  } else {
    ACCORD_TRY(Communication communication, tx.communications().byId(districtId, subject.id));
    ACCORD_TRY(access.body, bodyAccess(tx, districtId, communication.bodyId, caller));
    ACCORD_CHECK(maySeeCommunication(access.body, communication));
    access.title = communication.title;
    access.path = "/communications/" + std::to_string(subject.id);
  }
  return access;
}

Result<CommentAccess> commentAccess(Transaction& tx, long long districtId, long long commentId, const User& caller) {
  ACCORD_CHECK(memberOf(tx, districtId, caller));
  CommentAccess access;
  ACCORD_TRY(access.comment, tx.comments().byId(districtId, commentId));
  auto discussion = discussionAccess(tx, districtId, {access.comment.subjectType, access.comment.subjectId}, caller);
  if (!discussion.ok()) {
    // A subject the caller may not read (a confidential issue, another body's meeting) hides its comments.
    ErrorCode code = discussion.error().code;
    if (code == ErrorCode::kNotFound || code == ErrorCode::kForbidden) return notFound("no such comment");
    return discussion.takeError();
  }
  access.discussion = std::move(discussion).value();
  return access;
}

Result<void> mayComment(const DiscussionAccess& access) {
  if (!access.body.isMember()) return forbidden("the discussion is for the members of the body; others may read it");
  return Ok{};
}

Result<void> mayEditComment(const Comment& comment, const User& caller, UnixSeconds now) {
  if (comment.authorId != caller.id) return forbidden("only its author may change a comment");
  if (comment.deleted()) return conflict("the comment was deleted");
  if (now - comment.createdAt > kCommentEditWindow)
    return conflict("a comment may be changed only in the first 15 minutes; post another one instead");
  return Ok{};
}

Result<void> mayDeleteComment(const DiscussionAccess& access, const Comment& comment, const User& caller) {
  if (comment.authorId != caller.id && !access.body.isCoChair(caller.id))
    return forbidden("only its author or a co-chair of the body may delete a comment");
  if (comment.deleted()) return conflict("the comment was already deleted");
  return Ok{};
}

nlohmann::json commentAuditDetails(const DiscussionAccess& access, const Comment& comment) {
  nlohmann::json details = {{"subject_type", comment.subjectType}, {"subject_id", comment.subjectId}};
  return access.confidential ? confidentialDetails(access.body.body.id, std::move(details)) : details;
}

}  // namespace accord::domain
