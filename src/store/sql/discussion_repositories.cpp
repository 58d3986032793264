#include "store/sql/discussion_repositories.hpp"

#include <map>

#include "store/sql/errors.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kInsertComment =
    "INSERT INTO comments (district_id, body_id, subject_type, subject_id, author_id, text, created_at) "
    "VALUES (:district, :body, :type, :subject, :author, :text, :created) RETURNING id";
constexpr const char* kInsertMention = "INSERT INTO comment_mentions (comment_id, user_id) VALUES (:comment, :user)";
constexpr const char* kColumns =
    "SELECT c.id, c.district_id, c.body_id, c.subject_type, c.subject_id, c.author_id, c.text, c.created_at, "
    "c.edited_at, c.deleted_at, c.deleted_by, a.name, d.name FROM comments c JOIN users a ON a.id = c.author_id "
    "LEFT JOIN users d ON d.id = c.deleted_by ";
const std::string kCommentById = std::string(kColumns) + "WHERE c.district_id = :district AND c.id = :id";
const std::string kThread = std::string(kColumns) +
                            "WHERE c.district_id = :district AND c.subject_type = :type AND c.subject_id = :subject "
                            "AND c.id > :after ORDER BY c.id LIMIT :limit";
constexpr const char* kMentionsOfComment =
    "SELECT m.comment_id, m.user_id, u.name FROM comment_mentions m JOIN users u ON u.id = m.user_id "
    "WHERE m.comment_id = :comment ORDER BY m.comment_id, u.name";
// The mentions of the same page of the thread as kThread.
constexpr const char* kMentionsOfThread =
    "SELECT m.comment_id, m.user_id, u.name FROM comment_mentions m JOIN users u ON u.id = m.user_id "
    "WHERE m.comment_id IN (SELECT id FROM comments WHERE district_id = :district AND subject_type = :type "
    "AND subject_id = :subject AND id > :after ORDER BY id LIMIT :limit) ORDER BY m.comment_id, u.name";

struct CommentRow {
  domain::Comment c;
  OptionalColumn<long long> editedAt, deletedAt, deletedBy;
  OptionalColumn<std::string> deletedByName;
  template <class Columns>
  void bind(Columns& st) {
    st.into(c.id);
    st.into(c.districtId);
    st.into(c.bodyId);
    st.into(c.subjectType);
    st.into(c.subjectId);
    st.into(c.authorId);
    st.into(c.text);
    st.into(c.createdAt);
    st.into(editedAt);
    st.into(deletedAt);
    st.into(deletedBy);
    st.into(c.authorName);
    st.into(deletedByName);
  }
  domain::Comment take() const {
    domain::Comment out = c;
    out.editedAt = editedAt.get();
    out.deletedAt = deletedAt.get();
    out.deletedBy = deletedBy.get();
    out.deletedByName = deletedByName.get().value_or("");
    return out;
  }
};

struct MentionRow {
  long long commentId = 0;
  domain::Mention m;
  template <class Columns>
  void bind(Columns& st) {
    st.into(commentId);
    st.into(m.userId);
    st.into(m.name);
  }
  std::pair<long long, domain::Mention> take() const { return {commentId, m}; }
};

void attach(std::vector<domain::Comment>& comments, const std::vector<std::pair<long long, domain::Mention>>& rows) {
  std::map<long long, domain::Comment*> byId;
  for (auto& c : comments) byId[c.id] = &c;
  for (const auto& [commentId, mention] : rows)
    if (auto it = byId.find(commentId); it != byId.end()) it->second->mentions.push_back(mention);
}

}  // namespace

void SqlComments::insertMentions(const domain::Comment& c) {
  for (const auto& m : c.mentions) sql_ << kInsertMention, use(c.id), use(m.userId);
}

Result<long long> SqlComments::insert(const domain::Comment& c) {
  return guarded("insert comment", [&]() -> Result<long long> {
    domain::Comment written = c;
    sql_ << kInsertComment, use(c.districtId), use(c.bodyId), use(c.subjectType), use(c.subjectId), use(c.authorId),
        use(c.text), use(c.createdAt), into(written.id);
    insertMentions(written);
    return written.id;
  });
}

Result<domain::Comment> SqlComments::byId(long long districtId, long long commentId) {
  return guarded("read comment", [&]() -> Result<domain::Comment> {
    auto rows = selectKept<CommentRow>(sql_, kCommentById, districtId, commentId);
    if (rows.empty()) return notFound("no such comment");
    attach(rows, selectKept<MentionRow>(sql_, kMentionsOfComment, commentId));
    return std::move(rows.front());
  });
}

Result<domain::Page<domain::Comment>> SqlComments::list(long long districtId, const domain::CommentSubject& s,
                                                        long long afterId, int limit) {
  return guarded("list comments", [&]() -> Result<domain::Page<domain::Comment>> {
    int fetch = limit + 1;
    auto rows = selectKept<CommentRow>(sql_, kThread, districtId, s.type, s.id, afterId, fetch);
    if (!rows.empty())
      attach(rows, selectKept<MentionRow>(sql_, kMentionsOfThread, districtId, s.type, s.id, afterId, fetch));
    return toPage(std::move(rows), limit, [](const domain::Comment& c) { return c.id; });
  });
}

Result<void> SqlComments::update(const domain::Comment& c) {
  return guarded("update comment", [&]() -> Result<void> {
    long long editedAt = c.editedAt.value_or(0);
    sql_ << "UPDATE comments SET text = :text, edited_at = :edited WHERE id = :id", use(c.text), use(editedAt),
        use(c.id);
    sql_ << "DELETE FROM comment_mentions WHERE comment_id = :id", use(c.id);
    insertMentions(c);
    return Ok{};
  });
}

Result<void> SqlComments::markDeleted(long long commentId, long long deletedBy, UnixSeconds at) {
  return guarded("delete comment", [&]() -> Result<void> {
    sql_ << "UPDATE comments SET text = '', deleted_at = :at, deleted_by = :by WHERE id = :id", use(at),
        use(deletedBy), use(commentId);
    sql_ << "DELETE FROM comment_mentions WHERE comment_id = :id", use(commentId);
    return Ok{};
  });
}

}  // namespace accord::store
