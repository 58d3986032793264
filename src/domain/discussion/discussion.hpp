#pragma once
// Discussion: the comment thread under an issue, a proposal (decision), a meeting or a
// communication. A thread is read by whoever may see its subject and written by the members of the
// subject's body; it is never mixed with caucus notes, which one side keeps for itself.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

bool isCommentSubject(std::string_view type);  // issue, decision, meeting, communication

// How long after posting its author may still change a comment's words.
inline constexpr UnixSeconds kCommentEditWindow = 15 * 60;
inline constexpr std::size_t kCommentMaxLength = 10000;
inline constexpr std::size_t kCommentMaxMentions = 20;

struct CommentSubject {
  std::string type;
  long long id = 0;
};

struct Mention {
  long long userId = 0;
  std::string name;  // filled when read
};

struct Comment {
  long long id = 0;
  long long districtId = 0;
  long long bodyId = 0;  // the subject's body, whose members take part
  std::string subjectType;
  long long subjectId = 0;
  long long authorId = 0;
  std::string text;  // Markdown; empty once deleted
  UnixSeconds createdAt = 0;
  std::optional<UnixSeconds> editedAt;
  std::optional<UnixSeconds> deletedAt;  // a deleted comment stays in the thread as a trace
  std::optional<long long> deletedBy;
  std::vector<Mention> mentions;  // members of the body named in it
  // Filled when read.
  std::string authorName;
  std::string deletedByName;

  bool deleted() const { return deletedAt.has_value(); }
};

class CommentRepository {
 public:
  virtual ~CommentRepository() = default;
  // Writes the comment and its mentions.
  virtual Result<long long> insert(const Comment& comment) = 0;
  virtual Result<Comment> byId(long long districtId, long long commentId) = 0;
  // The thread of one subject, oldest first, with each comment's mentions.
  virtual Result<Page<Comment>> list(long long districtId, const CommentSubject& subject, long long afterId,
                                     int limit) = 0;
  // New words, edit time and mentions.
  virtual Result<void> update(const Comment& comment) = 0;
  // Clears the words and the mentions, keeping who wrote it and when, and who deleted it.
  virtual Result<void> markDeleted(long long commentId, long long deletedBy, UnixSeconds at) = 0;
};

}  // namespace accord::domain
