#include "store/sql/handbook_repositories.hpp"

#include "store/sql/errors.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kInsertChange =
    "INSERT INTO leadership_changes (district_id, body_id, side, user_id, previous_user_id, review_version_id, at) "
    "VALUES (:district, :body, :side, :user, :previous, :review, :at) RETURNING id";
constexpr const char* kChanges =
    "SELECT c.id, c.district_id, c.body_id, c.side, c.user_id, c.previous_user_id, c.review_version_id, c.at, "
    "b.name, u.name, COALESCE(p.name, ''), COALESCE(v.number, 0) FROM leadership_changes c "
    "JOIN bodies b ON b.id = c.body_id JOIN users u ON u.id = c.user_id "
    "LEFT JOIN users p ON p.id = c.previous_user_id LEFT JOIN charter_versions v ON v.id = c.review_version_id "
    "WHERE c.district_id = :district ORDER BY c.at, c.id";
constexpr const char* kAssignReading =
    "INSERT INTO handbook_readers (district_id, user_id, assigned_at, read_at) VALUES (:district, :user, :at, NULL) "
    "ON CONFLICT (district_id, user_id) DO UPDATE SET assigned_at = excluded.assigned_at, read_at = NULL";
constexpr const char* kMarkHandbookRead =
    "UPDATE handbook_readers SET read_at = :at WHERE district_id = :district AND user_id = :user";
constexpr const char* kReadingDue =
    "SELECT assigned_at FROM handbook_readers WHERE district_id = :district AND user_id = :user AND read_at IS NULL";

struct ChangeRow {
  domain::LeadershipChange c;
  OptionalColumn<long long> previous, review;
  template <class Columns>
  void bind(Columns& st) {
    st.into(c.id);
    st.into(c.districtId);
    st.into(c.bodyId);
    st.into(c.side);
    st.into(c.userId);
    st.into(previous);
    st.into(review);
    st.into(c.at);
    st.into(c.bodyName);
    st.into(c.userName);
    st.into(c.previousUserName);
    st.into(c.reviewNumber);
  }
  domain::LeadershipChange take() const {
    domain::LeadershipChange out = c;
    out.previousUserId = previous.get();
    out.reviewVersionId = review.get();
    return out;
  }
};

}  // namespace

Result<long long> SqlHandbook::recordLeadershipChange(const domain::LeadershipChange& c) {
  return guarded("record leadership change", [&]() -> Result<long long> {
    long long id = 0;
    Nullable<long long> previous(c.previousUserId), review(c.reviewVersionId);
    sql_ << kInsertChange, use(c.districtId), use(c.bodyId), use(c.side), use(c.userId),
        use(previous.value, previous.ind), use(review.value, review.ind), use(c.at), into(id);
    return id;
  });
}

Result<std::vector<domain::LeadershipChange>> SqlHandbook::leadershipChanges(long long districtId) {
  return guarded("list leadership changes", [&]() -> Result<std::vector<domain::LeadershipChange>> {
    return selectKept<ChangeRow>(sql_, kChanges, districtId);
  });
}

Result<void> SqlHandbook::assignReading(long long districtId, long long userId, UnixSeconds at) {
  return guarded("assign the handbook", [&]() -> Result<void> {
    sql_ << kAssignReading, use(districtId), use(userId), use(at);
    return Ok{};
  });
}

Result<void> SqlHandbook::markRead(long long districtId, long long userId, UnixSeconds at) {
  return guarded("mark the handbook read", [&]() -> Result<void> {
    soci::statement st = (sql_.prepare << kMarkHandbookRead, use(at), use(districtId), use(userId));
    st.execute(true);
    if (st.get_affected_rows() != 1) return notFound("the handbook was not assigned to this person");
    return Ok{};
  });
}

Result<std::optional<UnixSeconds>> SqlHandbook::readingDue(long long districtId, long long userId) {
  return guarded("handbook reading due", [&]() -> Result<std::optional<UnixSeconds>> {
    auto rows = selectKept<IntegerRow>(sql_, kReadingDue, districtId, userId);
    if (rows.empty()) return std::optional<UnixSeconds>();
    return std::optional<UnixSeconds>(rows.front());
  });
}

}  // namespace accord::store
