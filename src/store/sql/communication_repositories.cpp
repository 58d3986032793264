#include "store/sql/communication_repositories.hpp"

#include "store/sql/errors.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kInsertCommunication =
    "INSERT INTO communications (district_id, body_id, title, text, status, created_by, created_at, updated_at, "
    "published_at) VALUES (:district, :body, :title, :text, :status, :by, :created, :updated, :published) "
    "RETURNING id";
constexpr const char* kUpdateCommunication =
    "UPDATE communications SET title = :title, text = :text, status = :status, updated_at = :updated, "
    "published_at = :published WHERE id = :id AND district_id = :district";
constexpr const char* kCommunicationColumns =
    "SELECT c.id, c.district_id, c.body_id, c.title, c.text, c.status, c.created_by, c.created_at, c.updated_at, "
    "c.published_at FROM communications c ";
constexpr const char* kCommunicationById = "WHERE c.district_id = :district AND c.id = :id";
// A draft is visible to the members of its body only.
constexpr const char* kVisibleCommunications =
    "WHERE c.district_id = :district AND (:before = 0 OR c.id < :before2) AND (:body = 0 OR c.body_id = :body2) "
    "AND (c.status = 'published' OR EXISTS (SELECT 1 FROM body_members bm WHERE bm.body_id = c.body_id "
    "AND bm.user_id = :viewer)) ORDER BY c.id DESC LIMIT :limit";

constexpr const char* kSignaturesOf =
    "SELECT s.user_id, s.side, s.signed_at, u.name FROM communication_signatures s JOIN users u ON u.id = s.user_id "
    "WHERE s.communication_id = :communication ORDER BY s.id";
constexpr const char* kInsertSignature =
    "INSERT INTO communication_signatures (communication_id, user_id, side, signed_at) "
    "VALUES (:communication, :user, :side, :at)";
constexpr const char* kDeleteSignatures =
    "DELETE FROM communication_signatures WHERE communication_id = :communication";

constexpr const char* kCountRead =
    "SELECT COUNT(*) FROM communication_reads WHERE communication_id = :communication AND user_id = :user";
constexpr const char* kInsertRead =
    "INSERT INTO communication_reads (communication_id, user_id, read_at) VALUES (:communication, :user, :at)";
constexpr const char* kReadersOf =
    "SELECT r.user_id, r.read_at, u.name FROM communication_reads r JOIN users u ON u.id = r.user_id "
    "WHERE r.communication_id = :communication ORDER BY u.name, r.user_id";

struct CommunicationRow {
  domain::Communication c;
  OptionalColumn<long long> published;
  template <class Columns>
  void bind(Columns& st) {
    st.into(c.id);
    st.into(c.districtId);
    st.into(c.bodyId);
    st.into(c.title);
    st.into(c.text);
    st.into(c.status);
    st.into(c.createdBy);
    st.into(c.createdAt);
    st.into(c.updatedAt);
    st.into(published);
  }
  domain::Communication take() const {
    domain::Communication out = c;
    out.publishedAt = published.get();
    return out;
  }
};

struct SignatureRow {
  domain::CommunicationSignature s;
  template <class Columns>
  void bind(Columns& st) {
    st.into(s.userId);
    st.into(s.side);
    st.into(s.signedAt);
    st.into(s.userName);
  }
  domain::CommunicationSignature take() const { return s; }
};

struct ReaderRow {
  domain::CommunicationReader r;
  template <class Columns>
  void bind(Columns& st) {
    st.into(r.userId);
    st.into(r.readAt);
    st.into(r.userName);
  }
  domain::CommunicationReader take() const { return r; }
};

}  // namespace

Result<long long> SqlCommunications::insert(const domain::Communication& c) {
  return guarded("insert communication", [&]() -> Result<long long> {
    Nullable<long long> published(c.publishedAt);
    long long id = 0;
    sql_ << kInsertCommunication, use(c.districtId), use(c.bodyId), use(c.title), use(c.text), use(c.status),
        use(c.createdBy), use(c.createdAt), use(c.updatedAt), use(published.value, published.ind), into(id);
    return id;
  });
}

Result<void> SqlCommunications::update(const domain::Communication& c) {
  return guarded("update communication", [&]() -> Result<void> {
    Nullable<long long> published(c.publishedAt);
    sql_ << kUpdateCommunication, use(c.title), use(c.text), use(c.status), use(c.updatedAt),
        use(published.value, published.ind), use(c.id), use(c.districtId);
    return Ok{};
  });
}

void SqlCommunications::fillSignatures(domain::Communication& c) {
  c.signatures = selectKept<SignatureRow>(sql_, kSignaturesOf, c.id);
}

Result<domain::Communication> SqlCommunications::byId(long long districtId, long long id) {
  return guarded("communication by id", [&]() -> Result<domain::Communication> {
    auto rows = selectKept<CommunicationRow>(sql_, std::string(kCommunicationColumns) + kCommunicationById, districtId, id);
    if (rows.empty()) return notFound("no such communication");
    fillSignatures(rows.front());
    return rows.front();
  });
}

Result<domain::Page<domain::Communication>> SqlCommunications::listVisible(long long districtId, long long viewerId,
                                                                           long long bodyId, long long beforeId,
                                                                           int limit) {
  return guarded("list communications", [&]() -> Result<domain::Page<domain::Communication>> {
    int fetch = limit + 1;
    auto rows = selectKept<CommunicationRow>(sql_, std::string(kCommunicationColumns) + kVisibleCommunications, districtId, beforeId, beforeId, bodyId, bodyId, viewerId, fetch);
    auto page = toPage(std::move(rows), limit, [](const domain::Communication& c) { return c.id; });
    for (auto& c : page.items) fillSignatures(c);
    return page;
  });
}

Result<void> SqlCommunications::addSignature(long long communicationId, const domain::CommunicationSignature& s) {
  return guarded(
      "sign communication",
      [&]() -> Result<void> {
        sql_ << kInsertSignature, use(communicationId), use(s.userId), use(s.side), use(s.signedAt);
        return Ok{};
      },
      conflict("signed already"));
}

Result<void> SqlCommunications::clearSignatures(long long communicationId) {
  return guarded("clear communication signatures", [&]() -> Result<void> {
    sql_ << kDeleteSignatures, use(communicationId);
    return Ok{};
  });
}

Result<bool> SqlCommunications::hasRead(long long communicationId, long long userId) {
  return guarded("has read communication", [&]() -> Result<bool> {
    long long count = 0;
    sql_ << kCountRead, use(communicationId), use(userId), into(count);
    return count > 0;
  });
}

Result<bool> SqlCommunications::markRead(long long communicationId, long long userId, UnixSeconds at) {
  return guarded(
      "mark communication read",
      [&]() -> Result<bool> {
        long long count = 0;
        sql_ << kCountRead, use(communicationId), use(userId), into(count);
        if (count > 0) return false;
        sql_ << kInsertRead, use(communicationId), use(userId), use(at);
        return true;
      },
      conflict("read already; try again"));
}

Result<std::vector<domain::CommunicationReader>> SqlCommunications::readers(long long communicationId) {
  return guarded("communication readers", [&]() -> Result<std::vector<domain::CommunicationReader>> {
    return selectKept<ReaderRow>(sql_, kReadersOf, communicationId);
  });
}

}  // namespace accord::store
