#include "store/sql/sql_store.hpp"

#include "common/clock.hpp"
#include "store/sql/errors.hpp"
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

// Rolls back in its destructor unless committed. When no transaction was begun (for a single
// statement), commit() and the destructor have nothing to end.
class SqlTransaction final : public domain::Transaction {
 public:
  // `open` says whether the caller has begun a transaction on the lease.
  SqlTransaction(ConnectionPool::Lease lease, bool open, ProfileCache& profiles)
      : lease_(std::move(lease)),
        sql_(*lease_),
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
        notifications_(sql_),
        open_(open) {}
  ~SqlTransaction() override {
    if (open_) {
      try {
        sql_ << "ROLLBACK";
      } catch (...) {
        lease_.discard();
      }
    }
  }

  Result<void> commit() override {
    if (!open_) return Ok{};
    return guarded("commit", [&]() -> Result<void> {
      open_ = false;
      sql_ << "COMMIT";
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
  ConnectionPool::Lease lease_;
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
  bool open_;
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

Result<domain::TransactionPtr> SqlStore::begin(ConnectionPool& pool, const char* sql) {
  return guarded("begin", [&]() -> Result<domain::TransactionPtr> {
    return onFreshSession(pool, [&](ConnectionPool::Lease& lease) {
      if (sql) *lease << sql;
      return domain::TransactionPtr(std::make_unique<SqlTransaction>(std::move(lease), sql != nullptr, *profiles_));
    });
  });
}

Result<domain::TransactionPtr> SqlStore::read() { return begin(*readers_, dialect_.beginRead); }

Result<domain::TransactionPtr> SqlStore::readOneStatement() { return begin(*readers_, nullptr); }

Result<domain::TransactionPtr> SqlStore::write() { return begin(*writers_, dialect_.beginWrite); }

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
      SqlTransaction tx(std::move(lease), true, *profiles_);
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
