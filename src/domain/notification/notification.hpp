#pragma once
// Email notifications: one daily digest per person of what waits for them across all their
// districts, read from the district home, and of what changed in the practices they follow. Each
// kind can be turned off; every kind is on unless the person turned it off.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/account/account.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// proposal_stance, issue_ready, agenda_approval, action_due, check_in_due, practice_update
const std::vector<std::string>& notificationKinds();
bool isNotificationKind(std::string_view kind);

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
  // The kinds the person set explicitly; a kind not in the map is on.
  virtual Result<std::map<std::string, bool>> preferences(long long userId) = 0;
  virtual Result<void> setPreference(long long userId, const std::string& kind, bool enabled) = 0;
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
};

}  // namespace accord::domain
