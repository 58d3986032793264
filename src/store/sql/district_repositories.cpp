#include "store/sql/errors.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/repositories.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kInsertDistrict =
    "INSERT INTO districts (name, state, nces_id, state_code, enrollment, low_income_pct, english_learners_pct, "
    "minority_pct, created_at) VALUES (:name, :state, :nces, :state_code, :enrollment, :low_income, :english_learners, "
    ":minority, :created) RETURNING id";
constexpr const char* kUpdateDistrict =
    "UPDATE districts SET name = :name, nces_id = :nces, state_code = :state_code WHERE id = :id";
constexpr const char* kDistrictColumns =
    "SELECT d.id, d.name, d.state, d.nces_id, d.state_code, d.enrollment, d.low_income_pct, d.english_learners_pct, "
    "d.minority_pct, d.created_at FROM districts d ";
constexpr const char* kDistrictById = "WHERE d.id = :id";
constexpr const char* kDistrictByName = "WHERE d.name = :name ORDER BY d.id LIMIT 1";
constexpr const char* kDistrictsForUser =
    "JOIN memberships m ON m.district_id = d.id WHERE m.user_id = :user AND d.id > :after ORDER BY d.id LIMIT :limit";

constexpr const char* kInsertMembership =
    "INSERT INTO memberships (district_id, user_id, side, role, created_at) "
    "VALUES (:district, :user, :side, :role, :created) RETURNING id";
constexpr const char* kMembershipColumns =
    "SELECT m.id, m.district_id, m.user_id, m.side, m.role, m.created_at, u.name, u.email "
    "FROM memberships m JOIN users u ON u.id = m.user_id ";
constexpr const char* kMembershipOf = "WHERE m.district_id = :district AND m.user_id = :user";
constexpr const char* kMembershipsOfDistrict =
    "WHERE m.district_id = :district AND m.id > :after ORDER BY m.id LIMIT :limit";

// One row of a district, read column by column so that NULLs map to empty optionals.
struct DistrictRow {
  domain::District d;
  std::string nces, stateCode;
  long long enrollment = 0;
  double lowIncome = 0, englishLearners = 0, minority = 0;
  soci::indicator ncesInd = soci::i_null, stateCodeInd = soci::i_null, enrollmentInd = soci::i_null,
                  lowIncomeInd = soci::i_null, englishLearnersInd = soci::i_null, minorityInd = soci::i_null;

  template <class Columns>
  void bind(Columns& st) {
    st.into(d.id);
    st.into(d.name);
    st.into(d.state);
    st.into(nces, ncesInd);
    st.into(stateCode, stateCodeInd);
    st.into(enrollment, enrollmentInd);
    st.into(lowIncome, lowIncomeInd);
    st.into(englishLearners, englishLearnersInd);
    st.into(minority, minorityInd);
    st.into(d.createdAt);
  }
  domain::District take() const {
    domain::District out = d;
    out.ncesId = ncesInd == soci::i_ok ? nces : "";
    out.stateCode = stateCodeInd == soci::i_ok ? stateCode : "";
    if (enrollmentInd == soci::i_ok) out.enrollment = enrollment;
    if (lowIncomeInd == soci::i_ok) out.lowIncomePct = lowIncome;
    if (englishLearnersInd == soci::i_ok) out.englishLearnersPct = englishLearners;
    if (minorityInd == soci::i_ok) out.minorityPct = minority;
    return out;
  }
};

struct MembershipRow {
  domain::Membership m;
  template <class Columns>
  void bind(Columns& st) {
    st.into(m.id);
    st.into(m.districtId);
    st.into(m.userId);
    st.into(m.side);
    st.into(m.role);
    st.into(m.createdAt);
    st.into(m.userName);
    st.into(m.userEmail);
  }
  domain::Membership take() const { return m; }
};

}  // namespace

Result<long long> SqlDistricts::insert(const domain::District& d) {
  return guarded("insert district", [&]() -> Result<long long> {
    long long id = 0;
    Nullable<long long> enrollment(d.enrollment);
    Nullable<double> lowIncome(d.lowIncomePct), englishLearners(d.englishLearnersPct), minority(d.minorityPct);
    soci::indicator ncesInd = d.ncesId.empty() ? soci::i_null : soci::i_ok;
    soci::indicator stateCodeInd = d.stateCode.empty() ? soci::i_null : soci::i_ok;
    sql_ << kInsertDistrict, use(d.name), use(d.state), use(d.ncesId, ncesInd), use(d.stateCode, stateCodeInd),
        use(enrollment.value, enrollment.ind),
        use(lowIncome.value, lowIncome.ind), use(englishLearners.value, englishLearners.ind),
        use(minority.value, minority.ind), use(d.createdAt), into(id);
    return id;
  });
}

Result<domain::District> SqlDistricts::byId(long long id) {
  return guarded("district by id", [&]() -> Result<domain::District> {
    auto rows = selectKept<DistrictRow>(sql_, std::string(kDistrictColumns) + kDistrictById, id);
    if (rows.empty()) return notFound("no such district");
    return rows.front();
  });
}

Result<void> SqlDistricts::update(const domain::District& d) {
  return guarded("update district", [&]() -> Result<void> {
    soci::indicator ncesInd = d.ncesId.empty() ? soci::i_null : soci::i_ok;
    soci::indicator stateCodeInd = d.stateCode.empty() ? soci::i_null : soci::i_ok;
    sql_ << kUpdateDistrict, use(d.name), use(d.ncesId, ncesInd), use(d.stateCode, stateCodeInd), use(d.id);
    return Ok{};
  });
}

Result<domain::District> SqlDistricts::byName(const std::string& name) {
  return guarded("district by name", [&]() -> Result<domain::District> {
    auto rows = selectKept<DistrictRow>(sql_, std::string(kDistrictColumns) + kDistrictByName, name);
    if (rows.empty()) return notFound("no such district");
    return rows.front();
  });
}

Result<domain::Page<domain::District>> SqlDistricts::listForUser(long long userId, long long afterId, int limit) {
  return guarded("list districts", [&]() -> Result<domain::Page<domain::District>> {
    int fetch = limit + 1;
    auto rows = selectKept<DistrictRow>(sql_, std::string(kDistrictColumns) + kDistrictsForUser, userId, afterId, fetch);
    return toPage(std::move(rows), limit, [](const domain::District& d) { return d.id; });
  });
}

Result<long long> SqlDistricts::insertMembership(const domain::Membership& m) {
  return guarded(
      "insert membership",
      [&]() -> Result<long long> {
        long long id = 0;
        sql_ << kInsertMembership, use(m.districtId), use(m.userId), use(m.side), use(m.role), use(m.createdAt),
            into(id);
        return id;
      },
      conflict("this person is a member of the district already", "email"));
}

Result<domain::Membership> SqlDistricts::membership(long long districtId, long long userId) {
  return guarded("membership", [&]() -> Result<domain::Membership> {
    static const std::string query = std::string(kMembershipColumns) + kMembershipOf;
    auto rows = selectKept<MembershipRow>(sql_, query, districtId, userId);
    if (rows.empty()) return notFound("no such membership");
    return rows.front();
  });
}

Result<domain::Page<domain::Membership>> SqlDistricts::listMemberships(long long districtId, long long afterId,
                                                                        int limit) {
  return guarded("list memberships", [&]() -> Result<domain::Page<domain::Membership>> {
    int fetch = limit + 1;
    auto rows = selectKept<MembershipRow>(sql_, std::string(kMembershipColumns) + kMembershipsOfDistrict, districtId, afterId, fetch);
    return toPage(std::move(rows), limit, [](const domain::Membership& m) { return m.id; });
  });
}

}  // namespace accord::store
