#include "store/sql/caucus_repositories.hpp"

#include "store/sql/errors.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kInsertNote =
    "INSERT INTO caucus_notes (district_id, body_id, side, author_id, subject_type, subject_id, text, created_at) "
    "VALUES (:district, :body, :side, :author, :type, :subject, :text, :created) RETURNING id";
// Always filtered by side: a query without the reader's side must not exist.
constexpr const char* kNotesOfSide =
    "SELECT n.id, n.district_id, n.body_id, n.side, n.author_id, n.subject_type, n.subject_id, n.text, "
    "n.created_at, u.name FROM caucus_notes n JOIN users u ON u.id = n.author_id "
    "WHERE n.district_id = :district AND n.body_id = :body AND n.side = :side AND n.subject_type = :type "
    "AND n.subject_id = :subject AND n.id > :after ORDER BY n.id LIMIT :limit";

struct NoteRow {
  domain::CaucusNote n;
  template <class Columns>
  void bind(Columns& st) {
    st.into(n.id);
    st.into(n.districtId);
    st.into(n.bodyId);
    st.into(n.side);
    st.into(n.authorId);
    st.into(n.subjectType);
    st.into(n.subjectId);
    st.into(n.text);
    st.into(n.createdAt);
    st.into(n.authorName);
  }
  domain::CaucusNote take() const { return n; }
};

}  // namespace

Result<long long> SqlCaucus::insert(const domain::CaucusNote& n) {
  return guarded("insert caucus note", [&]() -> Result<long long> {
    long long id = 0;
    sql_ << kInsertNote, use(n.districtId), use(n.bodyId), use(n.side), use(n.authorId), use(n.subjectType),
        use(n.subjectId), use(n.text), use(n.createdAt), into(id);
    return id;
  });
}

Result<domain::Page<domain::CaucusNote>> SqlCaucus::list(long long districtId, const domain::CaucusQuery& q,
                                                         long long afterId, int limit) {
  return guarded("list caucus notes", [&]() -> Result<domain::Page<domain::CaucusNote>> {
    if (q.side.empty()) return internal("caucus notes listed without a side");
    int fetch = limit + 1;
    auto rows = selectKept<NoteRow>(sql_, kNotesOfSide, districtId, q.bodyId, q.side, q.subjectType, q.subjectId, afterId, fetch);
    return toPage(std::move(rows), limit, [](const domain::CaucusNote& n) { return n.id; });
  });
}

}  // namespace accord::store
