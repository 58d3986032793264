#pragma once
// The storage interface, owned by the domain. A use case opens one transaction,
// works through the repositories it hands out, and commits; dropping an uncommitted
// transaction rolls it back.
#include <memory>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace accord::domain {

class UserRepository;
class SessionRepository;
class ThrottleRepository;
class InvitationRepository;
class DistrictRepository;
class AuditRepository;
class BodyRepository;
class CharterRepository;
class ActionItemRepository;
class IssueRepository;
class DecisionRepository;
class MeetingRepository;
class CommunicationRepository;
class DecisionLogRepository;
class CaucusRepository;
class CommentRepository;
class DashboardRepository;
class SelfCheckRepository;
class SurveyRepository;
class NetworkSurveyRepository;
class OutcomeRepository;
class ImportJobRepository;
class PracticeRepository;
class DirectoryRepository;
class EventRepository;
class HandbookRepository;
class NotificationRepository;

class Transaction {
 public:
  virtual ~Transaction() = default;
  virtual Result<void> commit() = 0;

  virtual UserRepository& users() = 0;
  virtual SessionRepository& sessions() = 0;
  virtual ThrottleRepository& throttle() = 0;
  virtual InvitationRepository& invitations() = 0;
  virtual DistrictRepository& districts() = 0;
  virtual AuditRepository& audit() = 0;
  virtual BodyRepository& bodies() = 0;
  virtual CharterRepository& charters() = 0;
  virtual ActionItemRepository& actionItems() = 0;
  virtual IssueRepository& issues() = 0;
  virtual DecisionRepository& decisions() = 0;
  virtual MeetingRepository& meetings() = 0;
  virtual CommunicationRepository& communications() = 0;
  virtual DecisionLogRepository& decisionLog() = 0;
  virtual CaucusRepository& caucus() = 0;
  virtual CommentRepository& comments() = 0;
  virtual DashboardRepository& dashboard() = 0;
  virtual SelfCheckRepository& selfChecks() = 0;
  virtual SurveyRepository& surveys() = 0;
  virtual NetworkSurveyRepository& networkSurveys() = 0;
  virtual OutcomeRepository& outcomes() = 0;
  virtual ImportJobRepository& imports() = 0;
  virtual PracticeRepository& practices() = 0;
  virtual DirectoryRepository& directory() = 0;
  virtual EventRepository& events() = 0;
  virtual HandbookRepository& handbook() = 0;
  virtual NotificationRepository& notifications() = 0;
};

using TransactionPtr = std::unique_ptr<Transaction>;

class Store {
 public:
  virtual ~Store() = default;
  // A consistent snapshot for reading; writes through it are not allowed.
  virtual Result<TransactionPtr> read() = 0;
  // A connection for exactly one reading statement, which is its own consistent snapshot, so no
  // transaction is begun: the cheap path for the lookups every request makes.
  virtual Result<TransactionPtr> readOneStatement() = 0;
  // A snapshot of what the network publishes, which may be read on a replica: a moment behind the
  // primary, but never behind the position set by `readAfter` (this person's own last write). Only
  // for reads that decide nothing about access (check access with `read()` first) and hold no
  // side's confidences. Without replicas, `read()`.
  virtual Result<TransactionPtr> readPublished() { return read(); }
  // Where this thread's next `readPublished()` must have caught up to: a position that
  // `takeWritePosition()` gave after an earlier write (empty: anywhere).
  virtual void readAfter(const std::string& position) { (void)position; }
  // Where this thread's last committed write ended, once (empty when there are no replicas).
  virtual std::string takeWritePosition() { return {}; }
  // Whether `readPublished()` may read elsewhere than `read()`.
  virtual bool readsPublishedElsewhere() const { return false; }
  // The one writer (SQLite) or a pooled connection (PostgreSQL), in a transaction.
  virtual Result<TransactionPtr> write() = 0;
  // Until `endSharedReads()`, this thread's `read()` and `readOneStatement()` may share one snapshot,
  // begun by the first of them: a request that only reads pays for one transaction, and its session
  // lookup and its use case see the same moment. A `write()` ends the shared snapshot for the reads
  // that follow it, so that they see the write. Where a transaction costs more than it saves (a
  // snapshot begun on PostgreSQL for a lookup of one statement), nothing is shared.
  virtual void shareReads() {}
  virtual void endSharedReads() {}
  // Whether the database answers a trivial query.
  virtual Result<void> ping() = 0;
  // "sqlite" or "postgresql".
  virtual std::string backend() const = 0;
};

// Shares this thread's reads (Store::shareReads) for as long as it lives.
class SharedReads {
 public:
  explicit SharedReads(Store& store) : store_(store) { store_.shareReads(); }
  ~SharedReads() { store_.endSharedReads(); }
  SharedReads(const SharedReads&) = delete;
  SharedReads& operator=(const SharedReads&) = delete;

 private:
  Store& store_;
};

// A snapshot for reading published data (see Store::readPublished) once `allowed(tx)` has passed
// on a current snapshot: access is never decided on a replica. One snapshot without replicas.
template <class Allowed>
Result<TransactionPtr> readPublishedIf(Store& store, Allowed allowed) {
  ACCORD_TRY(auto current, store.read());
  ACCORD_CHECK(allowed(*current));
  if (!store.readsPublishedElsewhere()) return current;
  current.reset();
  return store.readPublished();
}

// A slice of a list, and where the next slice starts (0 when this is the last).
template <class T>
struct Page {
  std::vector<T> items;
  long long nextCursor = 0;
};

}  // namespace accord::domain
