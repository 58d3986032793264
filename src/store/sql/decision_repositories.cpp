#include "store/sql/decision_repositories.hpp"

#include <algorithm>
#include <limits>
#include <tuple>

#include "store/sql/errors.hpp"
#include "store/sql/json_list.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kInsertDecision =
    "INSERT INTO decisions (district_id, body_id, issue_id, confidential, title, text, proposed_by, status, "
    "deadline, articles, metrics, effective_at, review_at, participation, fallback, created_at) VALUES (:district, "
    ":body, :issue, :confidential, :title, :text, :proposed_by, :status, :deadline, :articles, :metrics, "
    ":effective, :review, :participation, :fallback, :created) RETURNING id";
constexpr const char* kDecisionColumns =
    "SELECT d.id, d.district_id, d.body_id, d.issue_id, d.confidential, d.title, d.text, d.proposed_by, d.status, "
    "d.deadline, d.articles, d.metrics, d.effective_at, d.review_at, d.participation, d.fallback, d.created_at, "
    "d.closed_at, u.name FROM decisions d JOIN users u ON u.id = d.proposed_by ";
constexpr const char* kDecisionById = "WHERE d.district_id = :district AND d.id = :id";
// A decision from a confidential issue is listed only for the members of its body.
constexpr const char* kDecisionsOfDistrict =
    "WHERE d.district_id = :district AND d.id > :after AND (:body = 0 OR d.body_id = :body2) "
    "AND (:issue = 0 OR d.issue_id = :issue2) AND (:status = '' OR d.status = :status2) AND (d.confidential = 0 OR EXISTS (SELECT 1 FROM body_members bm "
    "WHERE bm.body_id = d.body_id AND bm.user_id = :viewer)) ORDER BY d.id LIMIT :limit";
constexpr const char* kCloseDecision =
    "UPDATE decisions SET status = :status, closed_at = :closed, fallback = :fallback "
    "WHERE id = :id AND district_id = :district";

constexpr const char* kUpsertStance =
    "INSERT INTO decision_stances (decision_id, user_id, side, stance, vote, reason, at) "
    "VALUES (:decision, :user, :side, :stance, :vote, :reason, :at) ON CONFLICT (decision_id, user_id) "
    "DO UPDATE SET side = excluded.side, stance = excluded.stance, vote = excluded.vote, reason = excluded.reason, "
    "at = excluded.at";
// A decision's stances by side, then name. SQLite's order of names is their bytes' order, which the
// server's sort gives for a third of the statement's cost (read on every view of a decision);
// PostgreSQL orders names by the database's collation, so it sorts them itself.
constexpr const char* kStancesOfDecisionSqlite =
    "SELECT s.decision_id, s.user_id, s.side, s.stance, s.vote, s.reason, s.at, u.name "
    "FROM decision_stances s JOIN users u ON u.id = s.user_id WHERE s.decision_id = :decision";
constexpr const char* kStancesOfDecisionPostgres =
    "SELECT s.decision_id, s.user_id, s.side, s.stance, s.vote, s.reason, s.at, u.name "
    "FROM decision_stances s JOIN users u ON u.id = s.user_id WHERE s.decision_id = :decision "
    "ORDER BY s.side, u.name, s.user_id";

constexpr const char* kAppendLog =
    "INSERT INTO decision_log (district_id, seq, decision_id, entry, prev_hash, hash) "
    "VALUES (:district, :seq, :decision, :entry, :prev, :hash)";
constexpr const char* kLogColumns =
    "SELECT id, district_id, seq, decision_id, entry, prev_hash, hash FROM decision_log ";
// One look into the log per district, rather than a walk through every entry of every district.
constexpr const char* kDistrictsWithLog =
    "SELECT d.id FROM districts d WHERE EXISTS (SELECT 1 FROM decision_log l WHERE l.district_id = d.id) ORDER BY d.id";
constexpr const char* kLastLogEntry = "WHERE district_id = :district ORDER BY seq DESC LIMIT 1";
constexpr const char* kLogPage = "WHERE district_id = :district AND id > :after ORDER BY seq, id LIMIT :limit";
// The log is read in batches by sequence number (unique within a district): PostgreSQL's client
// receives a statement's whole result before its first row, and a district's log may hold a
// million entries.
constexpr const char* kLogBatch = "WHERE district_id = :district AND seq > :after ORDER BY seq LIMIT :limit";
constexpr int kLogBatchSize = 1000;

struct LogRow {
  domain::LogEntry e;
  template <class Columns>
  void bind(Columns& st) {
    st.into(e.id);
    st.into(e.districtId);
    st.into(e.seq);
    st.into(e.decisionId);
    st.into(e.entry);
    st.into(e.prevHash);
    st.into(e.hash);
  }
  domain::LogEntry take() const { return e; }
};

struct DecisionRow {
  domain::Decision d;
  OptionalColumn<long long> issue, effective, review, closed;
  int confidential = 0;
  std::string articles, metrics;
  template <class Columns>
  void bind(Columns& st) {
    st.into(d.id);
    st.into(d.districtId);
    st.into(d.bodyId);
    st.into(issue);
    st.into(confidential);
    st.into(d.title);
    st.into(d.text);
    st.into(d.proposedBy);
    st.into(d.status);
    st.into(d.deadline);
    st.into(articles);
    st.into(metrics);
    st.into(effective);
    st.into(review);
    st.into(d.participation);
    st.into(d.fallback);
    st.into(d.createdAt);
    st.into(closed);
    st.into(d.proposedByName);
  }
  domain::Decision take() const {
    domain::Decision out = d;
    out.issueId = issue.get();
    out.confidential = confidential != 0;
    out.articles = fromJsonList(articles);
    out.metrics = fromJsonList(metrics);
    out.effectiveAt = effective.get();
    out.reviewAt = review.get();
    out.closedAt = closed.get();
    return out;
  }
};

struct StanceRow {
  domain::Stance s;
  OptionalColumn<int> vote;
  template <class Columns>
  void bind(Columns& st) {
    st.into(s.decisionId);
    st.into(s.userId);
    st.into(s.side);
    st.into(s.stance);
    st.into(vote);
    st.into(s.reason);
    st.into(s.at);
    st.into(s.userName);
  }
  domain::Stance take() const {
    domain::Stance out = s;
    out.vote = vote.get();
    return out;
  }
};

}  // namespace

Result<long long> SqlDecisions::insert(const domain::Decision& d) {
  return guarded("insert decision", [&]() -> Result<long long> {
    long long id = 0;
    Nullable<long long> issue(d.issueId), effective(d.effectiveAt), review(d.reviewAt);
    int confidential = d.confidential ? 1 : 0;
    std::string articles = toJsonList(d.articles), metrics = toJsonList(d.metrics);
    sql_ << kInsertDecision, use(d.districtId), use(d.bodyId), use(issue.value, issue.ind), use(confidential),
        use(d.title), use(d.text), use(d.proposedBy), use(d.status), use(d.deadline), use(articles), use(metrics),
        use(effective.value, effective.ind), use(review.value, review.ind), use(d.participation), use(d.fallback),
        use(d.createdAt), into(id);
    return id;
  });
}

Result<domain::Decision> SqlDecisions::byId(long long districtId, long long decisionId) {
  return guarded("decision by id", [&]() -> Result<domain::Decision> {
    auto rows = selectKept<DecisionRow>(sql_, std::string(kDecisionColumns) + kDecisionById, districtId, decisionId);
    if (rows.empty()) return notFound("no such decision");
    return rows.front();
  });
}

Result<domain::Page<domain::Decision>> SqlDecisions::list(long long districtId, const domain::DecisionFilter& filter,
                                                          long long afterId, int limit) {
  return guarded("list decisions", [&]() -> Result<domain::Page<domain::Decision>> {
    int fetch = limit + 1;
    auto rows =
        selectKept<DecisionRow>(sql_, std::string(kDecisionColumns) + kDecisionsOfDistrict, districtId, afterId, filter.bodyId, filter.bodyId, filter.issueId, filter.issueId, filter.status, filter.status, filter.viewerId, fetch);
    return toPage(std::move(rows), limit, [](const domain::Decision& d) { return d.id; });
  });
}

Result<void> SqlDecisions::close(const domain::Decision& d) {
  return guarded("close decision", [&]() -> Result<void> {
    Nullable<long long> closed(d.closedAt);
    sql_ << kCloseDecision, use(d.status), use(closed.value, closed.ind), use(d.fallback), use(d.id),
        use(d.districtId);
    return Ok{};
  });
}

Result<void> SqlDecisions::setStance(const domain::Stance& s) {
  return guarded("set stance", [&]() -> Result<void> {
    Nullable<int> vote(s.vote);
    sql_ << kUpsertStance, use(s.decisionId), use(s.userId), use(s.side), use(s.stance), use(vote.value, vote.ind),
        use(s.reason), use(s.at);
    return Ok{};
  });
}

Result<std::vector<domain::Stance>> SqlDecisions::stances(long long decisionId) {
  return guarded("stances", [&]() -> Result<std::vector<domain::Stance>> {
    if (sql_.get_backend_name() == "postgresql")
      return selectKept<StanceRow>(sql_, kStancesOfDecisionPostgres, decisionId);
    auto stances = selectKept<StanceRow>(sql_, kStancesOfDecisionSqlite, decisionId);
    std::sort(stances.begin(), stances.end(), [](const domain::Stance& a, const domain::Stance& b) {
      return std::tie(a.side, a.userName, a.userId) < std::tie(b.side, b.userName, b.userId);
    });
    return stances;
  });
}

Result<void> SqlDecisionLog::append(const domain::LogEntry& e) {
  return guarded(
      "append to the decision log",
      [&]() -> Result<void> {
        sql_ << kAppendLog, use(e.districtId), use(e.seq), use(e.decisionId), use(e.entry), use(e.prevHash),
            use(e.hash);
        return Ok{};
      },
      conflict("another decision was logged at the same moment; try again"));
}

Result<std::optional<domain::LogEntry>> SqlDecisionLog::last(long long districtId) {
  return guarded("last log entry", [&]() -> Result<std::optional<domain::LogEntry>> {
    auto rows = selectKept<LogRow>(sql_, std::string(kLogColumns) + kLastLogEntry, districtId);
    if (rows.empty()) return std::optional<domain::LogEntry>();
    return std::optional<domain::LogEntry>(rows.front());
  });
}

Result<domain::Page<domain::LogEntry>> SqlDecisionLog::list(long long districtId, long long afterId, int limit) {
  return guarded("list the decision log", [&]() -> Result<domain::Page<domain::LogEntry>> {
    int fetch = limit + 1;
    auto rows = selectKept<LogRow>(sql_, std::string(kLogColumns) + kLogPage, districtId, afterId, fetch);
    return toPage(std::move(rows), limit, [](const domain::LogEntry& e) { return e.id; });
  });
}

Result<void> SqlDecisionLog::each(long long districtId, const std::function<bool(const domain::LogEntry&)>& visit) {
  return guarded("read the decision log", [&]() -> Result<void> {
    // One row's place, refilled by every row, and one batch at a time from the database: the log is
    // never held whole.
    static const std::string query = std::string(kLogColumns) + kLogBatch;
    auto& batch = keptStatement<KeptSelect<LogRow, long long, long long, int>>(sql_, query);
    long long after = std::numeric_limits<long long>::min();
    for (int read = kLogBatchSize; read == kLogBatchSize;) {
      read = 0;
      bool more = true;
      batch.each(
          [&](const LogRow& row) {
            ++read;
            after = row.e.seq;
            return more = visit(row.e);
          },
          districtId, after, kLogBatchSize);
      if (!more) break;
    }
    return Ok{};
  });
}

Result<std::vector<long long>> SqlDecisionLog::districts() {
  return guarded("list the districts with a decision log", [&]() -> Result<std::vector<long long>> {
    std::vector<long long> ids;
    soci::rowset<long long> rows = sql_.prepare << kDistrictsWithLog;
    for (long long id : rows) ids.push_back(id);
    return ids;
  });
}

}  // namespace accord::store
