#include "store/sql/body_repositories.hpp"

#include "store/sql/errors.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kInsertAudit =
    "INSERT INTO audit_log (district_id, actor_id, at, action, subject_type, subject_id, details) "
    "VALUES (:district, :actor, :at, :action, :type, :subject, :details)";
// The columns of an entry, then the body that keeps its subject confidential and the subject's title,
// each read in the same statement rather than one more per entry. An action item is confidential
// when the proposal or issue it follows is.
constexpr const char* kListAudit =
    "SELECT a.id, a.district_id, COALESCE(a.actor_id, 0), a.at, a.action, a.subject_type, a.subject_id, a.details, "
    "COALESCE(u.name, ''), "
    "CASE a.subject_type "
    "WHEN 'issue' THEN (SELECT i.body_id FROM issues i WHERE i.id = a.subject_id AND i.district_id = a.district_id "
    "AND i.confidential <> 0) "
    "WHEN 'decision' THEN (SELECT d.body_id FROM decisions d WHERE d.id = a.subject_id "
    "AND d.district_id = a.district_id AND d.confidential <> 0) "
    "WHEN 'action_item' THEN (SELECT COALESCE(d.body_id, i.body_id) FROM action_items ai "
    "LEFT JOIN decisions d ON d.id = ai.decision_id AND d.confidential <> 0 "
    "LEFT JOIN issues i ON i.id = ai.issue_id AND i.confidential <> 0 "
    "WHERE ai.id = a.subject_id AND ai.district_id = a.district_id) END, "
    "CASE a.subject_type "
    "WHEN 'body' THEN (SELECT b.name FROM bodies b WHERE b.id = a.subject_id AND b.district_id = a.district_id) "
    "WHEN 'issue' THEN (SELECT i.title FROM issues i WHERE i.id = a.subject_id AND i.district_id = a.district_id) "
    "WHEN 'decision' THEN (SELECT d.title FROM decisions d WHERE d.id = a.subject_id "
    "AND d.district_id = a.district_id) "
    "WHEN 'action_item' THEN (SELECT ai.title FROM action_items ai WHERE ai.id = a.subject_id "
    "AND ai.district_id = a.district_id) "
    "WHEN 'communication' THEN (SELECT c.title FROM communications c WHERE c.id = a.subject_id "
    "AND c.district_id = a.district_id) "
    "WHEN 'charter_version' THEN (SELECT b.name FROM charter_versions cv JOIN bodies b ON b.id = cv.body_id "
    "WHERE cv.id = a.subject_id AND cv.district_id = a.district_id) "
    "WHEN 'meeting' THEN (SELECT ms.title FROM meetings m JOIN meeting_series ms ON ms.id = m.series_id "
    "WHERE m.id = a.subject_id AND m.district_id = a.district_id) "
    "WHEN 'meeting_series' THEN (SELECT ms.title FROM meeting_series ms WHERE ms.id = a.subject_id "
    "AND ms.district_id = a.district_id) "
    "WHEN 'school' THEN (SELECT s.name FROM schools s WHERE s.id = a.subject_id AND s.district_id = a.district_id) "
    "WHEN 'practice' THEN (SELECT p.title FROM practices p WHERE p.id = a.subject_id "
    "AND p.district_id = a.district_id) "
    "WHEN 'district' THEN (SELECT di.name FROM districts di WHERE di.id = a.subject_id AND di.id = a.district_id) "
    "WHEN 'user' THEN (SELECT su.name FROM users su WHERE su.id = a.subject_id) "
    "WHEN 'event_team' THEN (SELECT ev.title FROM event_teams et JOIN events ev ON ev.id = et.event_id "
    "WHERE et.id = a.subject_id AND et.district_id = a.district_id) "
    "WHEN 'event_plan_goal' THEN (SELECT ev.title FROM event_plan_goals g JOIN event_teams et ON et.id = g.team_id "
    "JOIN events ev ON ev.id = et.event_id WHERE g.id = a.subject_id AND et.district_id = a.district_id) END "
    "FROM audit_log a LEFT JOIN users u ON u.id = a.actor_id "
    "WHERE a.district_id = :district AND (:before = 0 OR a.id < :before2) ORDER BY a.id DESC LIMIT :limit";
// The network's log: no district, and an entry of the command line has no actor.
constexpr const char* kInsertNetworkAudit =
    "INSERT INTO network_audit_log (actor_id, at, action, subject_type, subject_id, details) "
    "VALUES (:actor, :at, :action, :type, :subject, :details)";
constexpr const char* kListNetworkAudit =
    "SELECT a.id, 0, COALESCE(a.actor_id, 0), a.at, a.action, a.subject_type, a.subject_id, a.details, "
    "COALESCE(u.name, ''), CAST(NULL AS BIGINT), CAST(NULL AS TEXT) FROM network_audit_log a LEFT JOIN users u ON u.id = a.actor_id "
    "WHERE (:before = 0 OR a.id < :before2) ORDER BY a.id DESC LIMIT :limit";

constexpr const char* kInsertBody =
    "INSERT INTO bodies (district_id, name, level, school, labor_seats, management_seats, rule_kind, "
    "quorum_per_side, supermajority_k, supermajority_n, fallback, advance_rule, labor_co_chair_id, "
    "management_co_chair_id, charter_review_due, created_at) VALUES (:district, :name, :level, :school, "
    ":labor_seats, :management_seats, :rule, :quorum, :k, :n, :fallback, :advance, :labor_chair, "
    ":management_chair, :review_due, :created) RETURNING id";
// A body's columns, as BodyRow reads them, from `bodies b`.
#define ACCORD_BODY_COLUMNS                                                                                    \
  "b.id, b.district_id, b.name, b.level, b.school, b.labor_seats, b.management_seats, b.rule_kind, "           \
  "b.quorum_per_side, b.supermajority_k, b.supermajority_n, b.fallback, b.advance_rule, b.labor_co_chair_id, " \
  "b.management_co_chair_id, b.charter_review_due, b.created_at"
constexpr const char* kBodyById =
    "SELECT " ACCORD_BODY_COLUMNS " FROM bodies b WHERE b.district_id = :district AND b.id = :id";
constexpr const char* kBodyWithSeat =
    "SELECT " ACCORD_BODY_COLUMNS ", bm.id, bm.user_id, bm.side, bm.seat, bm.created_at "
    "FROM bodies b LEFT JOIN body_members bm ON bm.body_id = b.id AND bm.user_id = :user "
    "WHERE b.district_id = :district AND b.id = :id";
constexpr const char* kBodiesOfDistrict =
    "SELECT " ACCORD_BODY_COLUMNS " FROM bodies b WHERE b.district_id = :district AND b.id > :after "
    "ORDER BY b.id LIMIT :limit";
#undef ACCORD_BODY_COLUMNS
constexpr const char* kUpdateBody =
    "UPDATE bodies SET name = :name, level = :level, school = :school, labor_seats = :labor_seats, "
    "management_seats = :management_seats, rule_kind = :rule, quorum_per_side = :quorum, supermajority_k = :k, "
    "supermajority_n = :n, fallback = :fallback, advance_rule = :advance, labor_co_chair_id = :labor_chair, "
    "management_co_chair_id = :management_chair, charter_review_due = :review_due "
    "WHERE id = :id AND district_id = :district";

constexpr const char* kInsertMember =
    "INSERT INTO body_members (body_id, user_id, side, seat, created_at) "
    "VALUES (:body, :user, :side, :seat, :created) RETURNING id";
constexpr const char* kDeleteMember = "DELETE FROM body_members WHERE body_id = :body AND user_id = :user";
constexpr const char* kMemberColumns =
    "SELECT bm.id, bm.body_id, bm.user_id, bm.side, bm.seat, bm.created_at, u.name "
    "FROM body_members bm JOIN users u ON u.id = bm.user_id ";
constexpr const char* kMembersOfBody = "WHERE bm.body_id = :body ORDER BY bm.side, u.name, bm.id";
// Read on every view of a decision (its tally): neither the names nor their order, which cost a join
// and a sort, are needed there.
constexpr const char* kSeatsOfBody =
    "SELECT bm.id, bm.body_id, bm.user_id, bm.side, bm.seat, bm.created_at, '' FROM body_members bm "
    "WHERE bm.body_id = :body";
constexpr const char* kMemberOfBody = "WHERE bm.body_id = :body AND bm.user_id = :user";
constexpr const char* kSeatsOf =
    "JOIN bodies b ON b.id = bm.body_id WHERE b.district_id = :district AND bm.user_id = :user ORDER BY bm.body_id";

struct AuditRow {
  domain::AuditEntry e;
  OptionalColumn<long long> confidentialBody;
  OptionalColumn<std::string> subjectTitle;
  template <class Columns>
  void bind(Columns& st) {
    st.into(e.id);
    st.into(e.districtId);
    st.into(e.actorId);
    st.into(e.at);
    st.into(e.action);
    st.into(e.subjectType);
    st.into(e.subjectId);
    st.into(e.details);
    st.into(e.actorName);
    st.into(confidentialBody);
    st.into(subjectTitle);
  }
  domain::AuditEntry take() const {
    domain::AuditEntry out = e;
    out.confidentialSubjectBody = confidentialBody.get().value_or(0);
    out.subjectTitle = subjectTitle.get();
    return out;
  }
};

struct BodyRow {
  domain::Body b;
  OptionalColumn<std::string> school;
  OptionalColumn<long long> laborChair, managementChair;
  int reviewDue = 0;
  template <class Columns>
  void bind(Columns& st) {
    st.into(b.id);
    st.into(b.districtId);
    st.into(b.name);
    st.into(b.level);
    st.into(school);
    st.into(b.laborSeats);
    st.into(b.managementSeats);
    st.into(b.rule.kind);
    st.into(b.rule.quorumPerSide);
    st.into(b.rule.supermajorityK);
    st.into(b.rule.supermajorityN);
    st.into(b.rule.fallback);
    st.into(b.advanceRule);
    st.into(laborChair);
    st.into(managementChair);
    st.into(reviewDue);
    st.into(b.createdAt);
  }
  domain::Body take() const {
    domain::Body out = b;
    out.school = school.get().value_or("");
    out.laborCoChairId = laborChair.get();
    out.managementCoChairId = managementChair.get();
    out.charterReviewDue = reviewDue != 0;
    return out;
  }
};

struct BodyWithSeatRow {
  BodyRow body;
  OptionalColumn<long long> seatId, userId, seatCreatedAt;
  OptionalColumn<std::string> side, seat;
  template <class Columns>
  void bind(Columns& st) {
    body.bind(st);
    st.into(seatId);
    st.into(userId);
    st.into(side);
    st.into(seat);
    st.into(seatCreatedAt);
  }
  domain::BodyWithSeat take() const {
    domain::BodyWithSeat out{body.take(), std::nullopt};
    if (auto id = seatId.get()) {
      domain::BodyMember m;
      m.id = *id;
      m.bodyId = out.body.id;
      m.userId = userId.get().value_or(0);
      m.side = side.get().value_or("");
      m.seat = seat.get().value_or("");
      m.createdAt = seatCreatedAt.get().value_or(0);
      out.seat = std::move(m);
    }
    return out;
  }
};

struct MemberRow {
  domain::BodyMember m;
  template <class Columns>
  void bind(Columns& st) {
    st.into(m.id);
    st.into(m.bodyId);
    st.into(m.userId);
    st.into(m.side);
    st.into(m.seat);
    st.into(m.createdAt);
    st.into(m.userName);
  }
  domain::BodyMember take() const { return m; }
};

}  // namespace

Result<void> SqlAudit::record(const domain::AuditEntry& e) {
  return guarded("record audit", [&]() -> Result<void> {
    // No actor: done by a rule, not by a person.
    Nullable<long long> actor(e.actorId ? std::optional<long long>(e.actorId) : std::nullopt);
    sql_ << kInsertAudit, use(e.districtId), use(actor.value, actor.ind), use(e.at), use(e.action), use(e.subjectType),
        use(e.subjectId), use(e.details);
    return Ok{};
  });
}

Result<void> SqlAudit::recordNetwork(const domain::AuditEntry& e) {
  return guarded("record network audit", [&]() -> Result<void> {
    Nullable<long long> actor(e.actorId ? std::optional<long long>(e.actorId) : std::nullopt);
    sql_ << kInsertNetworkAudit, use(actor.value, actor.ind), use(e.at), use(e.action), use(e.subjectType),
        use(e.subjectId), use(e.details);
    return Ok{};
  });
}

Result<domain::Page<domain::AuditEntry>> SqlAudit::listNetwork(long long beforeId, int limit) {
  return guarded("list network audit", [&]() -> Result<domain::Page<domain::AuditEntry>> {
    int fetch = limit + 1;
    auto rows = selectKept<AuditRow>(sql_, kListNetworkAudit, beforeId, beforeId, fetch);
    return toPage(std::move(rows), limit, [](const domain::AuditEntry& e) { return e.id; });
  });
}

Result<domain::Page<domain::AuditEntry>> SqlAudit::list(long long districtId, long long beforeId, int limit) {
  return guarded("list audit", [&]() -> Result<domain::Page<domain::AuditEntry>> {
    int fetch = limit + 1;
    auto rows = selectKept<AuditRow>(sql_, kListAudit, districtId, beforeId, beforeId, fetch);
    return toPage(std::move(rows), limit, [](const domain::AuditEntry& e) { return e.id; });
  });
}

namespace {
// The columns insert and update share, in the order both statements name them.
struct BodyParams {
  explicit BodyParams(const domain::Body& b)
      : school(b.school.empty() ? std::optional<std::string>() : std::optional<std::string>(b.school)),
        laborChair(b.laborCoChairId),
        managementChair(b.managementCoChairId),
        reviewDue(b.charterReviewDue ? 1 : 0) {}
  Nullable<std::string> school;
  Nullable<long long> laborChair, managementChair;
  int reviewDue;
};
}  // namespace

Result<long long> SqlBodies::insert(const domain::Body& b) {
  return guarded("insert body", [&]() -> Result<long long> {
    BodyParams p(b);
    long long id = 0;
    sql_ << kInsertBody, use(b.districtId), use(b.name), use(b.level), use(p.school.value, p.school.ind),
        use(b.laborSeats), use(b.managementSeats), use(b.rule.kind), use(b.rule.quorumPerSide),
        use(b.rule.supermajorityK), use(b.rule.supermajorityN), use(b.rule.fallback), use(b.advanceRule),
        use(p.laborChair.value, p.laborChair.ind), use(p.managementChair.value, p.managementChair.ind),
        use(p.reviewDue), use(b.createdAt), into(id);
    return id;
  });
}

Result<void> SqlBodies::update(const domain::Body& b) {
  return guarded("update body", [&]() -> Result<void> {
    BodyParams p(b);
    sql_ << kUpdateBody, use(b.name), use(b.level), use(p.school.value, p.school.ind), use(b.laborSeats),
        use(b.managementSeats), use(b.rule.kind), use(b.rule.quorumPerSide), use(b.rule.supermajorityK),
        use(b.rule.supermajorityN), use(b.rule.fallback), use(b.advanceRule), use(p.laborChair.value, p.laborChair.ind),
        use(p.managementChair.value, p.managementChair.ind), use(p.reviewDue), use(b.id), use(b.districtId);
    return Ok{};
  });
}

Result<domain::Body> SqlBodies::byId(long long districtId, long long bodyId) {
  return guarded("body by id", [&]() -> Result<domain::Body> {
    auto rows = selectKept<BodyRow>(sql_, kBodyById, districtId, bodyId);
    if (rows.empty()) return notFound("no such body");
    return rows.front();
  });
}

Result<domain::Page<domain::Body>> SqlBodies::list(long long districtId, long long afterId, int limit) {
  return guarded("list bodies", [&]() -> Result<domain::Page<domain::Body>> {
    int fetch = limit + 1;
    auto rows = selectKept<BodyRow>(sql_, kBodiesOfDistrict, districtId, afterId, fetch);
    return toPage(std::move(rows), limit, [](const domain::Body& b) { return b.id; });
  });
}

Result<long long> SqlBodies::insertMember(const domain::BodyMember& m) {
  return guarded(
      "insert body member",
      [&]() -> Result<long long> {
        long long id = 0;
        sql_ << kInsertMember, use(m.bodyId), use(m.userId), use(m.side), use(m.seat), use(m.createdAt), into(id);
        return id;
      },
      conflict("this person is in the body already", "user_id"));
}

Result<void> SqlBodies::removeMember(long long bodyId, long long userId) {
  return guarded("remove body member", [&]() -> Result<void> {
    sql_ << kDeleteMember, use(bodyId), use(userId);
    return Ok{};
  });
}

Result<std::vector<domain::BodyMember>> SqlBodies::members(long long bodyId) {
  return guarded("body members", [&]() -> Result<std::vector<domain::BodyMember>> {
    return selectKept<MemberRow>(sql_, std::string(kMemberColumns) + kMembersOfBody, bodyId);
  });
}

Result<std::vector<domain::BodyMember>> SqlBodies::seats(long long bodyId) {
  return guarded("body seats", [&]() -> Result<std::vector<domain::BodyMember>> {
    return selectKept<MemberRow>(sql_, kSeatsOfBody, bodyId);
  });
}

Result<domain::BodyMember> SqlBodies::member(long long bodyId, long long userId) {
  return guarded("body member", [&]() -> Result<domain::BodyMember> {
    auto rows = selectKept<MemberRow>(sql_, std::string(kMemberColumns) + kMemberOfBody, bodyId, userId);
    if (rows.empty()) return notFound("not a member of the body");
    return rows.front();
  });
}

Result<domain::BodyWithSeat> SqlBodies::withSeatOf(long long districtId, long long bodyId, long long userId) {
  return guarded("body with seat", [&]() -> Result<domain::BodyWithSeat> {
    std::optional<domain::BodyWithSeat> found;
    keptStatement<KeptSelect<BodyWithSeatRow, long long, long long, long long>>(sql_, kBodyWithSeat)
        .each(
            [&](const BodyWithSeatRow& row) {
              found = row.take();
              return false;
            },
            userId, districtId, bodyId);
    if (!found) return notFound("no such body");
    return std::move(*found);
  });
}

Result<std::vector<domain::BodyMember>> SqlBodies::seatsOf(long long districtId, long long userId) {
  return guarded("seats of", [&]() -> Result<std::vector<domain::BodyMember>> {
    return selectKept<MemberRow>(sql_, std::string(kMemberColumns) + kSeatsOf, districtId, userId);
  });
}

}  // namespace accord::store
