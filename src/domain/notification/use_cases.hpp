#pragma once
// Email notifications. Each function is one use case, in a file of the same name.
#include <map>
#include <string>

#include "common/log.hpp"
#include "domain/account/use_cases.hpp"
#include "domain/notification/notification.hpp"

namespace accord::domain {

// Each kind and whether the caller gets it.
Result<std::map<std::string, bool>> getNotificationPreferences(Store& store, const Caller& caller);

// Sets the kinds named (others keep their setting); kInvalid naming an unknown kind, nothing saved.
Result<std::map<std::string, bool>> setNotificationPreferences(Store& store, const Caller& caller,
                                                               const std::map<std::string, bool>& kinds);

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

}  // namespace accord::domain
