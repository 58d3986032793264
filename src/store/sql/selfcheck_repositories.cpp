#include "store/sql/selfcheck_repositories.hpp"

#include <map>

#include "store/sql/errors.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kCheckColumns =
    "SELECT id, district_id, body_id, year, created_by, created_at, updated_at FROM self_checks ";
constexpr const char* kCheckOfYear = "WHERE district_id = :district AND body_id = :body AND year = :year";
constexpr const char* kChecksOfBody = "WHERE district_id = :district AND body_id = :body ORDER BY year";
constexpr const char* kRatingColumns =
    "SELECT r.self_check_id, r.structure, r.rating, r.note, r.changed_by, r.changed_at, u.name "
    "FROM self_check_ratings r JOIN self_checks c ON c.id = r.self_check_id JOIN users u ON u.id = r.changed_by ";
constexpr const char* kRatingsOfCheck = "WHERE c.id = :check ORDER BY r.structure";
constexpr const char* kRatingsOfBody =
    "WHERE c.district_id = :district AND c.body_id = :body ORDER BY c.year, r.structure";
// Two members starting the same year at once: the second finds the first one's row.
constexpr const char* kStartCheck =
    "INSERT INTO self_checks (district_id, body_id, year, created_by, created_at, updated_at) "
    "VALUES (:district, :body, :year, :by, :created, :updated) ON CONFLICT (body_id, year) DO NOTHING";
constexpr const char* kUpsertRating =
    "INSERT INTO self_check_ratings (self_check_id, structure, rating, note, changed_by, changed_at) "
    "VALUES (:check, :structure, :rating, :note, :by, :at) ON CONFLICT (self_check_id, structure) "
    "DO UPDATE SET rating = excluded.rating, note = excluded.note, changed_by = excluded.changed_by, "
    "changed_at = excluded.changed_at";
constexpr const char* kTouchCheck = "UPDATE self_checks SET updated_at = :at WHERE id = :id";

struct CheckRow {
  domain::SelfCheck c;
  template <class Columns>
  void bind(Columns& st) {
    st.into(c.id);
    st.into(c.districtId);
    st.into(c.bodyId);
    st.into(c.year);
    st.into(c.createdBy);
    st.into(c.createdAt);
    st.into(c.updatedAt);
  }
  domain::SelfCheck take() const { return c; }
};

struct RatingRow {
  long long checkId = 0;
  std::string rating;
  domain::StructureRating r;
  template <class Columns>
  void bind(Columns& st) {
    st.into(checkId);
    st.into(r.structure);
    st.into(rating);
    st.into(r.note);
    st.into(r.changedBy);
    st.into(r.changedAt);
    st.into(r.changedByName);
  }
  std::pair<long long, domain::StructureRating> take() const {
    auto out = r;
    // The table's CHECK admits only the four codes.
    out.rating = domain::parseRating(rating).value_or(domain::Rating::kNotExisting);
    return {checkId, out};
  }
};

}  // namespace

Result<domain::SelfCheck> SqlSelfChecks::byYear(long long districtId, long long bodyId, int year) {
  return guarded("self-check of a year", [&]() -> Result<domain::SelfCheck> {
    auto checks = selectKept<CheckRow>(sql_, std::string(kCheckColumns) + kCheckOfYear, districtId, bodyId, year);
    if (checks.empty()) return notFound("no self-check for this year");
    domain::SelfCheck check = std::move(checks.front());
    auto ratings = selectKept<RatingRow>(sql_, std::string(kRatingColumns) + kRatingsOfCheck, check.id);
    for (auto& [id, rating] : ratings) check.ratings.push_back(std::move(rating));
    return check;
  });
}

Result<std::vector<domain::SelfCheck>> SqlSelfChecks::ofBody(long long districtId, long long bodyId) {
  return guarded("self-checks of a body", [&]() -> Result<std::vector<domain::SelfCheck>> {
    auto checks = selectKept<CheckRow>(sql_, std::string(kCheckColumns) + kChecksOfBody, districtId, bodyId);
    std::map<long long, domain::SelfCheck*> byId;
    for (auto& c : checks) byId[c.id] = &c;
    auto ratings = selectKept<RatingRow>(sql_, std::string(kRatingColumns) + kRatingsOfBody, districtId, bodyId);
    for (auto& [id, rating] : ratings)
      if (auto it = byId.find(id); it != byId.end()) it->second->ratings.push_back(std::move(rating));
    return checks;
  });
}

Result<long long> SqlSelfChecks::start(const domain::SelfCheck& c) {
  return guarded("start self-check", [&]() -> Result<long long> {
    sql_ << kStartCheck, use(c.districtId), use(c.bodyId), use(c.year), use(c.createdBy), use(c.createdAt),
        use(c.updatedAt);
    long long id = 0;
    soci::indicator ind = soci::i_null;
    sql_ << std::string("SELECT id FROM self_checks ") + kCheckOfYear, use(c.districtId), use(c.bodyId),
        use(c.year), into(id, ind);
    if (ind != soci::i_ok) return internal("self-check not found after it was started");
    return id;
  });
}

Result<void> SqlSelfChecks::setRating(long long selfCheckId, const domain::StructureRating& r) {
  return guarded("set self-check rating", [&]() -> Result<void> {
    std::string rating(domain::ratingCode(r.rating));
    sql_ << kUpsertRating, use(selfCheckId), use(r.structure), use(rating), use(r.note), use(r.changedBy),
        use(r.changedAt);
    return Ok{};
  });
}

Result<void> SqlSelfChecks::touch(long long selfCheckId, UnixSeconds at) {
  return guarded("touch self-check", [&]() -> Result<void> {
    sql_ << kTouchCheck, use(at), use(selfCheckId);
    return Ok{};
  });
}

}  // namespace accord::store
