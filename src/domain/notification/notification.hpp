#pragma once
// Notifications. The notification centre lists what reached each person (a mention, a comment in a
// thread they took part in, an issue waiting for their side's word, a proposal waiting for their
// stance), written in the same transaction as the change that caused it. Email: one daily digest per
// person of what waits for them across all their districts, read from the district home, and of
// what changed in the practices they follow. Each kind goes by email in the digest (the default),
// at once, or not at all, as the person sets it.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/account/account.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// proposal_stance, issue_ready, agenda_approval, action_due, check_in_due, practice_update, mention,
// comment, signature
const std::vector<std::string>& notificationKinds();
bool isNotificationKind(std::string_view kind);
// The kinds that reach the notification centre, and so may also go by email at once: mention,
// comment, issue_ready, proposal_stance, agenda_approval, signature. The others are only ever in the
// digest.
bool isCentreKind(std::string_view kind);

// How a kind reaches the person by email: digest (the default), immediately or off. The centre
// lists every notification whatever its delivery. mention, comment and signature are not in the
// digest: for them, digest means the centre only.
inline constexpr const char* kDeliveryDigest = "digest";
inline constexpr const char* kDeliveryImmediately = "immediately";
inline constexpr const char* kDeliveryOff = "off";
bool isDelivery(std::string_view delivery);

// One thing that reached a person in the centre. It names its subject, never its words: the title
// is read when the list is, under the reader's access at that moment.
struct Notification {
  long long id = 0;
  long long districtId = 0;
  long long userId = 0;  // the recipient
  std::string kind;      // mention, comment, issue_ready, proposal_stance, agenda_approval, signature
  std::string subjectType;  // issue, decision, meeting, communication
  long long subjectId = 0;
  std::optional<long long> actorId;
  UnixSeconds createdAt = 0;
  std::optional<UnixSeconds> readAt;
  // Filled when read.
  std::string districtName;
  std::string actorName;
};

// One thing waiting for the person, with the page where they act (a path below the public URL).
struct DigestItem {
  std::string kind;
  std::string title;
  std::string bodyName;  // the joint body, where there is one
  std::string date;      // YYYY-MM-DD: a proposal's deadline, a meeting's day, an item's due date
  bool overdue = false;  // an action item past its due date
  std::string path;
};

// A change in a practice the person follows (kind practice_update).
struct FollowedChange {
  std::string change;        // published (again, after a change), adopted (by another district)
  std::string title;
  std::string districtName;  // the district that published the practice
  std::string date;          // YYYY-MM-DD, the day it changed
  std::string path;
};

struct DistrictDigest {
  long long districtId = 0;
  std::string districtName;
  std::vector<DigestItem> items;
};

struct Digest {
  User user;
  std::string day;  // YYYY-MM-DD, UTC
  std::vector<DistrictDigest> districts;  // only those with something waiting
  std::vector<FollowedChange> followed;   // changes in the practices the person follows
  bool empty() const { return districts.empty() && followed.empty(); }
};

// One email: plain text and HTML of the same content.
struct MailMessage {
  std::string to;
  std::string toName;
  std::string subject;
  std::string text;
  std::string html;
};

// Sends one message; implemented over SMTP at the edge (src/mail), by tests in memory.
class Mailer {
 public:
  virtual ~Mailer() = default;
  virtual Result<void> send(const MailMessage& message) = 0;
};

class NotificationRepository {
 public:
  virtual ~NotificationRepository() = default;
  // Each kind's delivery as the person set it; a kind not in the map is delivered in the digest.
  virtual Result<std::map<std::string, std::string>> deliveries(long long userId) = 0;
  virtual Result<void> setDelivery(long long userId, const std::string& kind, const std::string& delivery) = 0;
  // People in at least one district or following a practice, whose digest of `day` has not been
  // sent (or found empty), by id after `afterId`.
  virtual Result<std::vector<User>> recipients(const std::string& day, long long afterId, int limit) = 0;
  // Claims the person's digest of the day for sending: true when no one has claimed it, the last
  // attempt failed, or a claim is older than `staleBefore` (its sender died). Commit before sending.
  virtual Result<bool> claimDigest(long long userId, const std::string& day, UnixSeconds now,
                                   UnixSeconds staleBefore) = 0;
  // status: sent, failed or empty.
  virtual Result<void> finishDigest(long long userId, const std::string& day, const std::string& status,
                                    const std::string& error, UnixSeconds now) = 0;

  // The centre.
  virtual Result<long long> insertNotification(const Notification& notification) = 0;
  // The person's notifications, newest first, those with an id below `beforeId` (0: from the newest).
  virtual Result<Page<Notification>> notificationsOf(long long userId, bool unreadOnly, long long beforeId,
                                                     int limit) = 0;
  // kNotFound for anyone else's notification.
  virtual Result<Notification> notificationOf(long long userId, long long notificationId) = 0;
  virtual Result<long long> unreadCount(long long userId) = 0;
  virtual Result<void> markRead(long long userId, long long notificationId, UnixSeconds at) = 0;
  virtual Result<void> markAllRead(long long userId, UnixSeconds at) = 0;
  // The authors of a thread's comments that are not deleted: the people who follow it.
  virtual Result<std::vector<long long>> threadAuthors(long long districtId, const std::string& subjectType,
                                                       long long subjectId) = 0;

  // Emails sent at once: queued with their notification, each claimed before it is sent.
  virtual Result<void> queueEmail(long long notificationId) = 0;
  // The notifications whose email is not sent yet (waiting, failed, or being sent), by id after
  // `afterId`.
  virtual Result<std::vector<Notification>> pendingEmails(long long afterId, int limit) = 0;
  // Claims the email when no one holds it (it waits, the last attempt failed, or a claim is older
  // than `staleBefore`): the number of attempts with this one, or 0 when someone else holds it.
  // Commit before sending.
  virtual Result<int> claimEmail(long long notificationId, UnixSeconds now, UnixSeconds staleBefore) = 0;
  // status: sent, failed (tried again) or dropped (not sent, never tried again).
  virtual Result<void> finishEmail(long long notificationId, const std::string& status, const std::string& error,
                                   UnixSeconds now) = 0;
};

}  // namespace accord::domain
