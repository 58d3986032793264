#pragma once
// Who may read and write a discussion. Every discussion use case starts with discussionAccess().
#include <nlohmann/json.hpp>

#include "domain/body/policy.hpp"
#include "domain/discussion/discussion.hpp"

namespace accord::domain {

struct DiscussionAccess {
  BodyAccess body;            // the subject's body
  bool confidential = false;  // the subject exists only for the body's members
  std::string title;          // the subject's title (a meeting's: its body and day)
  std::string path;           // the subject's page, below the district's: /issues/12
};

// The subject must be one the caller may see in the district (else kNotFound, as its own page
// would answer): an issue or decision (confidential ones only for their body), a meeting of a body
// whose meetings the caller reads, a communication (drafts only for the body).
Result<DiscussionAccess> discussionAccess(Transaction& tx, long long districtId, const CommentSubject& subject,
                                          const User& caller);

struct CommentAccess {
  Comment comment;
  DiscussionAccess discussion;
};

// A comment the caller may see: in the caller's district and under a subject the caller may read.
// Anything else is kNotFound "no such comment", so that an id tells neither a stranger nor a member
// outside a confidential subject's body, nor one who may not read a body's meetings, which comments exist.
Result<CommentAccess> commentAccess(Transaction& tx, long long districtId, long long commentId, const User& caller);

// Commenting is for the members of the subject's body, of any side; the others read.
Result<void> mayComment(const DiscussionAccess& access);

// Its author may change a comment's words for kCommentEditWindow after posting it.
Result<void> mayEditComment(const Comment& comment, const User& caller, UnixSeconds now);

// Its author may delete a comment, and so may the body's co-chairs, who keep the thread civil.
Result<void> mayDeleteComment(const DiscussionAccess& access, const Comment& comment, const User& caller);

// What the audit log keeps of a comment: where it is, never its words; under a confidential
// subject, marked so that only the body's members read even that.
nlohmann::json commentAuditDetails(const DiscussionAccess& access, const Comment& comment);

}  // namespace accord::domain
