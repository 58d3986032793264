#pragma once
// Telling people in the notification centre, from inside the write that causes it.
#include <vector>

#include "domain/discussion/discussion.hpp"
#include "domain/notification/notification.hpp"

namespace accord::domain {

struct NotificationEvent {
  long long districtId = 0;
  std::string kind;  // one of notificationKinds()
  CommentSubject subject;
  long long actorId = 0;
  UnixSeconds at = 0;
};

// Writes one notification to each of `recipients` (each once) in the caller's transaction, leaving
// out the actor and anyone who may not see the subject (a confidential issue or proposal reaches
// only its body's members), and queues an email for those who get the kind immediately. Returns
// the people notified, for their live views, to be told once the transaction has committed.
Result<std::vector<long long>> notify(Transaction& tx, const NotificationEvent& event,
                                      const std::vector<long long>& recipients);

// Appends `more` to `*out` when the caller asked to learn who was notified.
void addNotified(std::vector<long long>* out, const std::vector<long long>& more);

}  // namespace accord::domain
