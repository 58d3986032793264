#pragma once
// Discussion. Each function is one use case, in a file of the same name.
#include <vector>

#include "domain/account/use_cases.hpp"
#include "domain/discussion/discussion.hpp"
#include "domain/discussion/policy.hpp"

namespace accord::domain {

struct NewComment {
  CommentSubject subject;
  std::string text;
  std::vector<long long> mentions;  // members of the subject's body
};

// Tells the people it mentions (kind mention) and those who commented in the thread before (comment)
// in their notification centre; `notified`, when given, learns who was told.
Result<Comment> postComment(Store& store, const Caller& caller, long long districtId, const NewComment& in,
                            UnixSeconds now, std::vector<long long>* notified = nullptr);

// The thread, oldest first, for whoever may see the subject.
Result<Page<Comment>> listComments(Store& store, const Caller& caller, long long districtId,
                                   const CommentSubject& subject, long long cursor, int limit);

// New words (and mentions) for the author's own comment, within kCommentEditWindow. A person the
// edit mentions for the first time is told, as a new comment would tell them; `notified` learns who.
Result<Comment> editComment(Store& store, const Caller& caller, long long districtId, long long commentId,
                            const std::string& text, const std::vector<long long>& mentions, UnixSeconds now,
                            std::vector<long long>* notified = nullptr);

// The comment's words go; a trace of who wrote it and who deleted it stays.
Result<Comment> deleteComment(Store& store, const Caller& caller, long long districtId, long long commentId,
                              UnixSeconds now);

// Whether the caller may follow the subject's thread live (the same rule as reading it).
Result<void> watchDiscussion(Store& store, const Caller& caller, long long districtId, const CommentSubject& subject);

}  // namespace accord::domain
