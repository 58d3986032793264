#pragma once
// Email notifications. Each function is one use case, in a file of the same name.
#include <map>
#include <string>

#include "common/log.hpp"
#include "domain/account/use_cases.hpp"
#include "domain/notification/notification.hpp"

namespace accord::domain {

// Each kind and how it reaches the caller by email: digest, immediately or off.
Result<std::map<std::string, std::string>> getNotificationPreferences(Store& store, const Caller& caller);
// The same, inside a transaction, for any person.
Result<std::map<std::string, std::string>> readDeliveries(Transaction& tx, long long userId);

struct NotificationPreferenceChange {
  std::map<std::string, bool> kinds;  // false: off; true: on again (in the digest) if it was off
  std::map<std::string, std::string> delivery;  // digest, immediately or off; wins over `kinds`
};
// Sets the kinds named (others keep their setting); kInvalid naming an unknown kind (`delivery.KIND`
// for a delivery) or delivery, or `immediately` for a kind that is only in the digest; nothing saved.
Result<std::map<std::string, std::string>> setNotificationPreferences(Store& store, const Caller& caller,
                                                                      const NotificationPreferenceChange& change);

// What waits for `user` today across every district they belong to, and what changed yesterday in
// the practices they follow, in the kinds they get.
Result<Digest> composeDigest(Transaction& tx, const User& user, UnixSeconds now);

// The digest as an email in the person's language, every link below `publicUrl`.
MailMessage digestMessage(const Digest& digest, const std::string& publicUrl);

struct DigestRun {
  int sent = 0;
  int empty = 0;    // nothing waited: no email
  int failed = 0;   // retried on the next run
  int skipped = 0;  // sent already, or being sent by another server
};
// Sends today's digest (the UTC day of `now`) to everyone who has not had it: each is claimed in
// its own transaction first, so no one gets a day's digest twice, even from several servers. A
// failure to send is logged and left for the next run; it never stops the others.
Result<DigestRun> sendDigests(Store& store, Mailer& mailer, const std::string& publicUrl, Logger& log,
                              UnixSeconds now);

// A notification as its recipient reads it now: the subject's title and page only while they may
// still see the subject (someone who left the body, or the district, reads neither).
struct NotificationView {
  Notification notification;
  bool available = false;
  std::string title;
  std::string path;  // the subject's page: /districts/4/issues/12
};

// One notification as `reader` may see it now.
Result<NotificationView> viewNotification(Transaction& tx, const Notification& n, const User& reader);

// The caller's notifications across all their districts, newest first; `cursor` is the previous
// page's nextCursor.
Result<Page<NotificationView>> listNotifications(Store& store, const Caller& caller, bool unreadOnly,
                                                 long long cursor, int limit);

// How many of the caller's notifications are unread.
Result<long long> countUnreadNotifications(Store& store, const Caller& caller);

// Marks one of the caller's notifications read (kNotFound for anyone else's); returns the unread count.
Result<long long> markNotificationRead(Store& store, const Caller& caller, long long notificationId,
                                       UnixSeconds now);

// Marks all the caller's notifications read; returns the unread count (0).
Result<long long> markAllNotificationsRead(Store& store, const Caller& caller, UnixSeconds now);

// The email sent at once for one notification, in the recipient's language.
MailMessage notificationMessage(const User& user, const NotificationView& view, const std::string& publicUrl);

struct EmailRun {
  int sent = 0;
  int failed = 0;   // tried again on the next run
  int dropped = 0;  // the recipient no longer sees the subject, or no longer wants it at once
  int skipped = 0;  // being sent by another server
};
// Sends the emails that notifications queued for those who want their kind at once. Each is claimed
// in its own transaction first, so none goes out twice, even from several servers; the subject's
// title is read under the recipient's access at the time of sending.
Result<EmailRun> sendNotificationEmails(Store& store, Mailer& mailer, const std::string& publicUrl, Logger& log,
                                        UnixSeconds now);

}  // namespace accord::domain
