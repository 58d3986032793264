#include "store/sql/charter_repositories.hpp"

#include <nlohmann/json.hpp>

#include "store/sql/errors.hpp"
#include "store/sql/json_list.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kNextNumber = "SELECT COALESCE(MAX(number), 0) + 1 FROM charter_versions WHERE body_id = :body";
constexpr const char* kInsertVersion =
    "INSERT INTO charter_versions (district_id, body_id, number, mission, principles, norms, review_date, status, "
    "created_by, created_at, updated_at, effective_at) VALUES (:district, :body, :number, :mission, :principles, "
    ":norms, :review, :status, :by, :created, :updated, :effective) RETURNING id";
constexpr const char* kUpdateVersion =
    "UPDATE charter_versions SET mission = :mission, principles = :principles, norms = :norms, "
    "review_date = :review, status = :status, updated_at = :updated, effective_at = :effective "
    "WHERE id = :id AND district_id = :district";
constexpr const char* kVersionColumns =
    "SELECT id, district_id, body_id, number, mission, principles, norms, review_date, status, created_by, "
    "created_at, updated_at, effective_at FROM charter_versions ";
constexpr const char* kVersionById = "WHERE district_id = :district AND body_id = :body AND id = :id";
constexpr const char* kVersionInForce =
    "WHERE district_id = :district AND body_id = :body AND status = 'in_force' ORDER BY id DESC";
constexpr const char* kVersionsOfBody =
    "WHERE district_id = :district AND body_id = :body AND id > :after ORDER BY id LIMIT :limit";

constexpr const char* kSignersOf =
    "SELECT s.user_id, s.side, s.signed_at, u.name FROM charter_signers s JOIN users u ON u.id = s.user_id "
    "WHERE s.version_id = :version ORDER BY s.id";
constexpr const char* kDeleteSigners = "DELETE FROM charter_signers WHERE version_id = :version";
constexpr const char* kInsertSigner =
    "INSERT INTO charter_signers (version_id, user_id, side, signed_at) VALUES (:version, :user, :side, NULL)";
constexpr const char* kClearSignatures = "UPDATE charter_signers SET signed_at = NULL WHERE version_id = :version";
constexpr const char* kMarkSigned =
    "UPDATE charter_signers SET signed_at = :at WHERE version_id = :version AND user_id = :user";

struct VersionRow {
  domain::CharterVersion v;
  std::string principles, norms;
  OptionalColumn<long long> effective;
  template <class Columns>
  void bind(Columns& st) {
    st.into(v.id);
    st.into(v.districtId);
    st.into(v.bodyId);
    st.into(v.number);
    st.into(v.mission);
    st.into(principles);
    st.into(norms);
    st.into(v.reviewDate);
    st.into(v.status);
    st.into(v.createdBy);
    st.into(v.createdAt);
    st.into(v.updatedAt);
    st.into(effective);
  }
  domain::CharterVersion take() const {
    domain::CharterVersion out = v;
    out.principles = fromJsonList(principles);
    out.norms = fromJsonList(norms);
    out.effectiveAt = effective.get();
    return out;
  }
};

struct SignerRow {
  domain::CharterSigner s;
  OptionalColumn<long long> signedAt;
  template <class Columns>
  void bind(Columns& st) {
    st.into(s.userId);
    st.into(s.side);
    st.into(signedAt);
    st.into(s.userName);
  }
  domain::CharterSigner take() const {
    domain::CharterSigner out = s;
    out.signedAt = signedAt.get();
    return out;
  }
};

}  // namespace

Result<int> SqlCharters::nextNumber(long long bodyId) {
  return guarded("next charter number", [&]() -> Result<int> {
    int number = 1;
    sql_ << kNextNumber, use(bodyId), into(number);
    return number;
  });
}

Result<long long> SqlCharters::insert(const domain::CharterVersion& v) {
  return guarded(
      "insert charter version",
      [&]() -> Result<long long> {
        std::string principles = toJsonList(v.principles), norms = toJsonList(v.norms);
        Nullable<long long> effective(v.effectiveAt);
        long long id = 0;
        sql_ << kInsertVersion, use(v.districtId), use(v.bodyId), use(v.number), use(v.mission), use(principles),
            use(norms), use(v.reviewDate), use(v.status), use(v.createdBy), use(v.createdAt), use(v.updatedAt),
            use(effective.value, effective.ind), into(id);
        return id;
      },
      conflict("another version of the charter was drafted at the same time; try again"));
}

Result<void> SqlCharters::update(const domain::CharterVersion& v) {
  return guarded("update charter version", [&]() -> Result<void> {
    std::string principles = toJsonList(v.principles), norms = toJsonList(v.norms);
    Nullable<long long> effective(v.effectiveAt);
    sql_ << kUpdateVersion, use(v.mission), use(principles), use(norms), use(v.reviewDate), use(v.status),
        use(v.updatedAt), use(effective.value, effective.ind), use(v.id), use(v.districtId);
    return Ok{};
  });
}

Result<void> SqlCharters::fillSigners(domain::CharterVersion& v) {
  v.signers = selectKept<SignerRow>(sql_, kSignersOf, v.id);
  return Ok{};
}

Result<domain::CharterVersion> SqlCharters::byId(long long districtId, long long bodyId, long long versionId) {
  return guarded("charter version by id", [&]() -> Result<domain::CharterVersion> {
    auto rows =
        selectKept<VersionRow>(sql_, std::string(kVersionColumns) + kVersionById, districtId, bodyId, versionId);
    if (rows.empty()) return notFound("no such charter version");
    ACCORD_CHECK(fillSigners(rows.front()));
    return rows.front();
  });
}

Result<domain::CharterVersion> SqlCharters::inForce(long long districtId, long long bodyId) {
  return guarded("charter in force", [&]() -> Result<domain::CharterVersion> {
    auto rows =
        selectKept<VersionRow>(sql_, std::string(kVersionColumns) + kVersionInForce, districtId, bodyId);
    if (rows.empty()) return notFound("the body has no charter in force");
    ACCORD_CHECK(fillSigners(rows.front()));
    return rows.front();
  });
}

Result<domain::Page<domain::CharterVersion>> SqlCharters::list(long long districtId, long long bodyId,
                                                               long long afterId, int limit) {
  return guarded("list charter versions", [&]() -> Result<domain::Page<domain::CharterVersion>> {
    int fetch = limit + 1;
    auto rows =
        selectKept<VersionRow>(sql_, std::string(kVersionColumns) + kVersionsOfBody, districtId, bodyId, afterId, fetch);
    auto page = toPage(std::move(rows), limit, [](const domain::CharterVersion& v) { return v.id; });
    for (auto& v : page.items) ACCORD_CHECK(fillSigners(v));
    return page;
  });
}

Result<void> SqlCharters::setSigners(long long versionId, const std::vector<domain::CharterSigner>& signers) {
  return guarded("set charter signers", [&]() -> Result<void> {
    sql_ << kDeleteSigners, use(versionId);
    for (const auto& s : signers) sql_ << kInsertSigner, use(versionId), use(s.userId), use(s.side);
    return Ok{};
  });
}

Result<void> SqlCharters::clearSignatures(long long versionId) {
  return guarded("clear charter signatures", [&]() -> Result<void> {
    sql_ << kClearSignatures, use(versionId);
    return Ok{};
  });
}

Result<void> SqlCharters::markSigned(long long versionId, long long userId, UnixSeconds at) {
  return guarded("sign charter", [&]() -> Result<void> {
    sql_ << kMarkSigned, use(at), use(versionId), use(userId);
    return Ok{};
  });
}

}  // namespace accord::store
