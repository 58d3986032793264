#include "store/sql/sql_store.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <limits>
#include <utility>

#include "common/clock.hpp"
#include "store/sql/errors.hpp"
#include "store/sql/group_commit.hpp"
#include "store/sql/body_repositories.hpp"
#include "store/sql/action_repositories.hpp"
#include "store/sql/charter_repositories.hpp"
#include "store/sql/caucus_repositories.hpp"
#include "store/sql/discussion_repositories.hpp"
#include "store/sql/decision_repositories.hpp"
#include "store/sql/issue_repositories.hpp"
#include "store/sql/meeting_repositories.hpp"
#include "store/sql/notification_repositories.hpp"
#include "store/sql/communication_repositories.hpp"
#include "store/sql/dashboard_repositories.hpp"
#include "store/sql/event_repositories.hpp"
#include "store/sql/handbook_repositories.hpp"
#include "store/sql/outcome_repositories.hpp"
#include "store/sql/practice_repositories.hpp"
#include "store/sql/repositories.hpp"
#include "store/sql/selfcheck_repositories.hpp"
#include "store/sql/survey_repositories.hpp"

namespace accord::store {

namespace {

constexpr const char* kCreateMigrationTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "applied_at BIGINT NOT NULL)";
constexpr const char* kIsApplied = "SELECT COUNT(*) FROM schema_migrations WHERE version = :version";
constexpr const char* kRecordMigration =
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:version, :name, :at)";
constexpr const char* kPing = "SELECT 1";

// Read-your-writes with replicas, per request thread: where the last write of this thread ended,
// and where the reads of the request it serves must have caught up to.
thread_local long long tWriteEnd = 0;
thread_local long long tReadFloor = 0;
// The replica this request's reads of published data went to, or kPrimary once they fell back:
// a kept answer's version and its content are then read on one source, whose view only moves on.
thread_local int tPinned = -1;
constexpr int kPrimary = -2;
// A replica that could not be reached is left alone this long; reads go to the primary meanwhile.
constexpr long long kReplicaRestMs = 5000;

long long steadyMs() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
      .count();
}

// How a transaction ends, and the session it runs on.
class TransactionEnd {
 public:
  virtual ~TransactionEnd() = default;
  virtual KeepingSession& session() = 0;
  virtual void commit() = 0;  // throws when the writes could not be committed
  virtual void rollback() noexcept = 0;
};

// A transaction of its own on a leased session; or, when none was begun (for a single statement),
// nothing to end.
class OwnTransaction final : public TransactionEnd {
 public:
  // `open` says whether the caller has begun a transaction on the lease.
  // `positionAfterCommit`, when set, is run after COMMIT to learn where the write ended.
  OwnTransaction(ConnectionPool::Lease lease, bool open, const char* positionAfterCommit)
      : lease_(std::move(lease)), open_(open), positionAfterCommit_(positionAfterCommit) {}

  KeepingSession& session() override { return *lease_; }

  void commit() override {
    if (!open_) return;
    open_ = false;
    runKept(*lease_, "COMMIT");
    if (positionAfterCommit_) {
      // Should the position not be known, this person's next reads go to the primary.
      try {
        long long end = 0;
        *lease_ << positionAfterCommit_, soci::into(end);
        tWriteEnd = end;
      } catch (...) {
        tWriteEnd = std::numeric_limits<long long>::max();
      }
    }
  }

  void rollback() noexcept override {
    if (!open_) return;
    open_ = false;
    try {
      runKept(*lease_, "ROLLBACK");
    } catch (...) {
      lease_.discard();
    }
  }

 private:
  ConnectionPool::Lease lease_;
  bool open_;
  const char* positionAfterCommit_;
};

// One writer's part of a batch that is committed together (store/sql/group_commit.hpp).
class BatchedTransaction final : public TransactionEnd {
 public:
  explicit BatchedTransaction(std::unique_ptr<GroupCommit::Member> member) : member_(std::move(member)) {}
  KeepingSession& session() override { return member_->session(); }
  void commit() override { member_->commit(); }
  void rollback() noexcept override { member_.reset(); }

 private:
  std::unique_ptr<GroupCommit::Member> member_;
};

// A read transaction that several transactions of one request share (Store::shareReads): the last
// of them to end it rolls it back.
class SharedSnapshot {
 public:
  explicit SharedSnapshot(ConnectionPool::Lease lease) : own_(std::move(lease), true, nullptr) {}
  ~SharedSnapshot() { own_.rollback(); }
  SharedSnapshot(const SharedSnapshot&) = delete;
  SharedSnapshot& operator=(const SharedSnapshot&) = delete;
  KeepingSession& session() { return own_.session(); }

 private:
  OwnTransaction own_;
};

// One transaction's part of a shared snapshot: ending it leaves the snapshot to the others.
class SharedPart final : public TransactionEnd {
 public:
  explicit SharedPart(std::shared_ptr<SharedSnapshot> snapshot) : snapshot_(std::move(snapshot)) {}
  KeepingSession& session() override { return snapshot_->session(); }
  void commit() override {}
  void rollback() noexcept override {}

 private:
  std::shared_ptr<SharedSnapshot> snapshot_;
};

// The store whose reads this thread shares (Store::shareReads), and their snapshot once begun.
thread_local const void* tSharingStore = nullptr;
thread_local std::shared_ptr<SharedSnapshot> tShared;

// Rolls back in its destructor unless committed.
class SqlTransaction final : public domain::Transaction {
 public:
  SqlTransaction(std::unique_ptr<TransactionEnd> end, ProfileCache& profiles)
      : end_(std::move(end)),
        sql_(end_->session()),
        users_(sql_),
        sessions_(sql_),
        throttle_(sql_),
        invitations_(sql_),
        districts_(sql_),
        audit_(sql_),
        bodies_(sql_),
        meetings_(sql_),
        issues_(sql_),
        decisions_(sql_),
        decisionLog_(sql_),
        caucus_(sql_),
        comments_(sql_),
        charters_(sql_),
        actionItems_(sql_),
        communications_(sql_),
        dashboard_(sql_),
        selfChecks_(sql_),
        surveys_(sql_),
        networkSurveys_(sql_),
        outcomes_(sql_),
        imports_(sql_),
        practices_(sql_, profiles),
        directory_(sql_),
        events_(sql_),
        handbook_(sql_),
        notifications_(sql_) {}
  ~SqlTransaction() override {
    if (!ended_) end_->rollback();
  }

  Result<void> commit() override {
    if (ended_) return Ok{};
    ended_ = true;
    return guarded("commit", [&]() -> Result<void> {
      end_->commit();
      return Ok{};
    });
  }

  domain::UserRepository& users() override { return users_; }
  domain::SessionRepository& sessions() override { return sessions_; }
  domain::ThrottleRepository& throttle() override { return throttle_; }
  domain::InvitationRepository& invitations() override { return invitations_; }
  domain::DistrictRepository& districts() override { return districts_; }
  domain::AuditRepository& audit() override { return audit_; }
  domain::BodyRepository& bodies() override { return bodies_; }
  domain::CharterRepository& charters() override { return charters_; }
  domain::ActionItemRepository& actionItems() override { return actionItems_; }
  domain::IssueRepository& issues() override { return issues_; }
  domain::DecisionRepository& decisions() override { return decisions_; }
  domain::MeetingRepository& meetings() override { return meetings_; }
  domain::CommunicationRepository& communications() override { return communications_; }
  domain::DecisionLogRepository& decisionLog() override { return decisionLog_; }
  domain::CaucusRepository& caucus() override { return caucus_; }
  domain::CommentRepository& comments() override { return comments_; }
  domain::DashboardRepository& dashboard() override { return dashboard_; }
  domain::SelfCheckRepository& selfChecks() override { return selfChecks_; }
  domain::SurveyRepository& surveys() override { return surveys_; }
  domain::NetworkSurveyRepository& networkSurveys() override { return networkSurveys_; }
  domain::OutcomeRepository& outcomes() override { return outcomes_; }
  domain::ImportJobRepository& imports() override { return imports_; }
  domain::PracticeRepository& practices() override { return practices_; }
  domain::DirectoryRepository& directory() override { return directory_; }
  domain::EventRepository& events() override { return events_; }
  domain::HandbookRepository& handbook() override { return handbook_; }
  domain::NotificationRepository& notifications() override { return notifications_; }

  soci::session& session() { return sql_; }

 private:
  std::unique_ptr<TransactionEnd> end_;
  KeepingSession& sql_;  // every repository's session: kept statements live on it
  SqlUsers users_;
  SqlSessions sessions_;
  SqlThrottle throttle_;
  SqlInvitations invitations_;
  SqlDistricts districts_;
  SqlAudit audit_;
  SqlBodies bodies_;
  SqlMeetings meetings_;
  SqlIssues issues_;
  SqlDecisions decisions_;
  SqlDecisionLog decisionLog_;
  SqlCaucus caucus_;
  SqlComments comments_;
  SqlCharters charters_;
  SqlActionItems actionItems_;
  SqlCommunications communications_;
  SqlDashboard dashboard_;
  SqlSelfChecks selfChecks_;
  SqlSurveys surveys_;
  SqlNetworkSurveys networkSurveys_;
  SqlOutcomes outcomes_;
  SqlImportJobs imports_;
  SqlPractices practices_;
  SqlDirectory directory_;
  SqlEvents events_;
  SqlHandbook handbook_;
  SqlNotifications notifications_;
  bool ended_ = false;
};

}  // namespace

SqlStore::SqlStore(Dialect dialect, std::unique_ptr<ConnectionPool> readers, std::unique_ptr<ConnectionPool> writers)
    : dialect_(std::move(dialect)),
      readers_(std::move(readers)),
      writers_(std::move(writers)),
      profiles_(std::make_unique<ProfileCache>()) {
  // A server that went away took every session of both pools with it.
  auto replaceAll = [this] {
    readers_->discardAll();
    writers_->discardAll();
  };
  readers_->onLoss(replaceAll);
  writers_->onLoss(replaceAll);
}

SqlStore::~SqlStore() = default;

template <class F>
auto SqlStore::onFreshSession(ConnectionPool& pool, F&& first) -> decltype(first(std::declval<ConnectionPool::Lease&>())) {
  // Nothing has happened on the server when the first statement fails, so when it failed because
  // the session had lost its server (idle through a database restart) it is safe to try again:
  // the loss has replaced every old session, and the second lease is a fresh one.
  for (int attempt = 0;; ++attempt) {
    auto lease = pool.acquire();
    try {
      return first(lease);
    } catch (...) {
      if (attempt == 0 && lease.lost()) continue;
      lease.discard();
      throw;
    }
  }
}

Result<domain::TransactionPtr> SqlStore::begin(ConnectionPool& pool, const char* sql, const char* positionAfterCommit) {
  return guarded("begin", [&]() -> Result<domain::TransactionPtr> {
    return onFreshSession(pool, [&](ConnectionPool::Lease& lease) {
      if (sql) runKept(*lease, sql);
      return domain::TransactionPtr(std::make_unique<SqlTransaction>(
          std::make_unique<OwnTransaction>(std::move(lease), sql != nullptr, positionAfterCommit), *profiles_));
    });
  });
}

Result<domain::TransactionPtr> SqlStore::read() {
  if (tSharingStore == this) return readShared();
  return begin(*readers_, dialect_.beginRead);
}

Result<domain::TransactionPtr> SqlStore::readOneStatement() {
  if (tSharingStore == this) return readShared();
  return begin(*readers_, nullptr);
}

Result<domain::TransactionPtr> SqlStore::readShared() {
  return guarded("begin", [&]() -> Result<domain::TransactionPtr> {
    if (!tShared) {
      tShared = onFreshSession(*readers_, [&](ConnectionPool::Lease& lease) {
        runKept(*lease, dialect_.beginRead);
        return std::make_shared<SharedSnapshot>(std::move(lease));
      });
    }
    return domain::TransactionPtr(std::make_unique<SqlTransaction>(std::make_unique<SharedPart>(tShared), *profiles_));
  });
}

void SqlStore::shareReads() {
  if (!dialect_.sharesReads) return;
  tShared.reset();
  tSharingStore = this;
}

void SqlStore::endSharedReads() {
  if (tSharingStore != this) return;
  tSharingStore = nullptr;
  tShared.reset();
}

Result<domain::TransactionPtr> SqlStore::write() {
  // The reads after a write see it: they begin a snapshot of their own.
  if (tSharingStore == this) tShared.reset();
  if (groups_) {
    return guarded("begin", [&]() -> Result<domain::TransactionPtr> {
      return domain::TransactionPtr(
          std::make_unique<SqlTransaction>(std::make_unique<BatchedTransaction>(groups_->join()), *profiles_));
    });
  }
  return begin(*writers_, dialect_.beginWrite, replicas_.empty() ? nullptr : dialect_.writePosition);
}

void SqlStore::commitInGroups(GroupCommit::InTransaction inTransaction, std::size_t maxMembers,
                              std::chrono::microseconds maxAge) {
  groups_ = std::make_unique<GroupCommit>(*writers_, dialect_.beginWrite, std::move(inTransaction), maxMembers, maxAge);
}

void SqlStore::addReplica(std::unique_ptr<ConnectionPool> pool) {
  auto replica = std::make_unique<Replica>();
  replica->pool = std::move(pool);
  // A replica that went away took its own sessions with it, not the primary's.
  replica->pool->onLoss([pool = replica->pool.get()] { pool->discardAll(); });
  replicas_.push_back(std::move(replica));
}

void SqlStore::readAfter(const std::string& position) {
  long long floor = 0;
  auto [end, error] = std::from_chars(position.data(), position.data() + position.size(), floor);
  tReadFloor = error == std::errc() && end == position.data() + position.size() && floor > 0 ? floor : 0;
  tWriteEnd = 0;
  tPinned = -1;
}

std::string SqlStore::takeWritePosition() {
  long long end = std::exchange(tWriteEnd, 0);
  return end > 0 ? std::to_string(end) : std::string();
}

Result<domain::TransactionPtr> SqlStore::readPublished() {
  std::size_t tries = tPinned == kPrimary ? 0 : tPinned >= 0 ? 1 : replicas_.size();
  for (std::size_t tried = 0; tried < tries; ++tried) {
    int index = tPinned >= 0 ? tPinned : static_cast<int>(nextReplica_++ % replicas_.size());
    Replica& replica = *replicas_[static_cast<std::size_t>(index)];
    if (replica.downUntil.load() > steadyMs()) continue;
    auto tx = begin(*replica.pool, dialect_.beginRead);
    if (!tx.ok()) {
      replica.downUntil = steadyMs() + kReplicaRestMs;
      continue;
    }
    // This request's own writes count as this person's too.
    long long floor = std::max(tReadFloor, tWriteEnd);
    bool caughtUp = floor == 0;
    if (!caughtUp) {
      // This person wrote a moment ago: the replica serves them once it has replayed that write.
      long long replayed = 0;
      auto asked = guarded("replica position", [&]() -> Result<void> {
        static_cast<SqlTransaction&>(**tx).session() << dialect_.replayPosition, soci::into(replayed);
        return Ok{};
      });
      if (!asked.ok()) replica.downUntil = steadyMs() + kReplicaRestMs;
      caughtUp = asked.ok() && replayed >= floor;
    }
    if (caughtUp) {
      tPinned = index;
      return tx;
    }
  }
  tPinned = kPrimary;
  return read();
}

Result<void> SqlStore::ping() {
  return guarded("ping", [&]() -> Result<void> {
    return onFreshSession(*readers_, [&](ConnectionPool::Lease& lease) -> Result<void> {
      int one = 0;
      *lease << kPing, soci::into(one);
      return Ok{};
    });
  });
}

Result<int> SqlStore::migrate() {
  return guarded("migrate", [&]() -> Result<int> {
    int applied = 0;
    for (const auto& migration : *dialect_.migrations) {
      auto lease = writers_->acquire();
      soci::session& sql = *lease;
      sql << dialect_.beginWrite;
      SqlTransaction tx(std::make_unique<OwnTransaction>(std::move(lease), true, nullptr), *profiles_);
      if (dialect_.lockMigrations) sql << dialect_.lockMigrations;
      sql << kCreateMigrationTable;
      // Each version is looked up on its own, so a migration numbered below one already applied
      // (as when work from several branches meets) is still applied.
      long long recorded = 0;
      sql << kIsApplied, soci::use(migration.version), soci::into(recorded);
      if (recorded > 0) continue;
      for (const char* statement : migration.statements) sql << statement;
      UnixSeconds now = nowSeconds();
      std::string name = migration.name;
      sql << kRecordMigration, soci::use(migration.version), soci::use(name), soci::use(now);
      ACCORD_CHECK(tx.commit());
      ++applied;
    }
    return applied;
  });
}

}  // namespace accord::store
