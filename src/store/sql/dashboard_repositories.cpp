#include "store/sql/dashboard_repositories.hpp"

#include "store/sql/errors.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kAwaitingStance =
    "SELECT d.id, d.title, d.body_id, b.name, d.deadline FROM decisions d "
    "JOIN body_members bm ON bm.body_id = d.body_id AND bm.user_id = :reader AND bm.seat = 'member' "
    "AND bm.side <> 'neutral' JOIN bodies b ON b.id = d.body_id "
    "WHERE d.district_id = :district AND d.status = 'open' AND d.deadline > :now AND NOT EXISTS "
    "(SELECT 1 FROM decision_stances s WHERE s.decision_id = d.id AND s.user_id = :reader2) "
    "ORDER BY d.deadline, d.id LIMIT :limit";
// Only issues still at the step the other side said it was ready to leave.
constexpr const char* kReadyRequests =
    "SELECT i.id, i.title, i.step, i.body_id, b.name, r.side, u.name, r.at FROM body_members bm "
    "JOIN issue_ready r ON r.district_id = :district AND r.body_id = bm.body_id AND r.side <> bm.side "
    "JOIN issues i ON i.id = r.issue_id AND i.step = r.step JOIN bodies b ON b.id = i.body_id "
    "JOIN users u ON u.id = r.user_id "
    "WHERE bm.user_id = :reader AND bm.side IN ('labor', 'management') AND NOT EXISTS "
    "(SELECT 1 FROM issue_ready m WHERE m.issue_id = r.issue_id AND m.step = r.step AND m.side = bm.side) "
    "ORDER BY r.at, i.id LIMIT :limit";
constexpr const char* kChartersToSign =
    "SELECT v.body_id, b.name, v.id, v.number FROM charter_signers s "
    "JOIN charter_versions v ON v.id = s.version_id JOIN bodies b ON b.id = v.body_id "
    "WHERE v.district_id = :district AND v.status = 'draft' AND s.user_id = :reader AND s.signed_at IS NULL "
    "ORDER BY v.id";
constexpr const char* kCommunicationsToSign =
    "SELECT c.id, c.title FROM communications c JOIN bodies b ON b.id = c.body_id "
    "WHERE c.district_id = :district AND c.status = 'draft' "
    "AND (b.labor_co_chair_id = :reader OR b.management_co_chair_id = :reader2) AND NOT EXISTS "
    "(SELECT 1 FROM communication_signatures s WHERE s.communication_id = c.id AND s.user_id = :reader3) "
    "ORDER BY c.id LIMIT :limit";
constexpr const char* kUnreadCommunications =
    "SELECT c.id, c.title FROM communications c WHERE c.district_id = :district AND c.status = 'published' "
    "AND NOT EXISTS (SELECT 1 FROM communication_reads r WHERE r.communication_id = c.id AND r.user_id = :reader) "
    "ORDER BY c.id DESC LIMIT :limit";

struct AwaitingRow {
  domain::AwaitingStance a;
  template <class Columns>
  void bind(Columns& st) {
    st.into(a.id);
    st.into(a.title);
    st.into(a.bodyId);
    st.into(a.bodyName);
    st.into(a.closesAt);
  }
  domain::AwaitingStance take() const { return a; }
};

struct CharterRow {
  domain::CharterToSign c;
  template <class Columns>
  void bind(Columns& st) {
    st.into(c.bodyId);
    st.into(c.bodyName);
    st.into(c.versionId);
    st.into(c.number);
  }
  domain::CharterToSign take() const { return c; }
};

struct CommunicationRefRow {
  domain::CommunicationRef c;
  template <class Columns>
  void bind(Columns& st) {
    st.into(c.id);
    st.into(c.title);
  }
  domain::CommunicationRef take() const { return c; }
};

}  // namespace

Result<std::vector<domain::AwaitingStance>> SqlDashboard::awaitingStance(long long districtId, long long readerId,
                                                                         UnixSeconds now, int limit) {
  return guarded("proposals awaiting a stance", [&]() -> Result<std::vector<domain::AwaitingStance>> {
    return selectKept<AwaitingRow>(sql_, kAwaitingStance, readerId, districtId, now, readerId, limit);
  });
}

namespace {

struct ReadyRequestRow {
  domain::ReadyRequest r;
  template <class Columns>
  void bind(Columns& st) {
    st.into(r.issueId);
    st.into(r.title);
    st.into(r.step);
    st.into(r.bodyId);
    st.into(r.bodyName);
    st.into(r.readySide);
    st.into(r.readyName);
    st.into(r.readyAt);
  }
  domain::ReadyRequest take() const { return r; }
};

}  // namespace

Result<std::vector<domain::ReadyRequest>> SqlDashboard::readyRequests(long long districtId, long long readerId,
                                                                      int limit) {
  return guarded("issues waiting for a side to be ready", [&]() -> Result<std::vector<domain::ReadyRequest>> {
    return selectKept<ReadyRequestRow>(sql_, kReadyRequests, districtId, readerId, limit);
  });
}

Result<std::vector<domain::CharterToSign>> SqlDashboard::chartersToSign(long long districtId, long long readerId) {
  return guarded("charters to sign", [&]() -> Result<std::vector<domain::CharterToSign>> {
    return selectKept<CharterRow>(sql_, kChartersToSign, districtId, readerId);
  });
}

Result<std::vector<domain::CommunicationRef>> SqlDashboard::communicationsToSign(long long districtId,
                                                                                 long long readerId, int limit) {
  return guarded("communications to sign", [&]() -> Result<std::vector<domain::CommunicationRef>> {
    return selectKept<CommunicationRefRow>(sql_, kCommunicationsToSign, districtId, readerId, readerId, readerId, limit);
  });
}

Result<std::vector<domain::CommunicationRef>> SqlDashboard::unreadCommunications(long long districtId,
                                                                                 long long readerId, int limit) {
  return guarded("unread communications", [&]() -> Result<std::vector<domain::CommunicationRef>> {
    return selectKept<CommunicationRefRow>(sql_, kUnreadCommunications, districtId, readerId, limit);
  });
}

}  // namespace accord::store
