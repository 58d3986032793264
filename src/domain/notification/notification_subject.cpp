#include "domain/notification/notification_subject.hpp"

#include "domain/body/policy.hpp"
#include "domain/discussion/policy.hpp"

namespace accord::domain {

Result<NotificationSubject> notificationSubject(Transaction& tx, long long districtId, const CommentSubject& subject,
                                               const User& reader) {
  if (subject.type == kCharterSubject) {
    // Every member of the district reads a body's charter.
    ACCORD_TRY(BodyAccess body, bodyAccess(tx, districtId, subject.id, reader));
    return NotificationSubject{body.body.name, "/bodies/" + std::to_string(subject.id) + "/charter"};
  }
  ACCORD_TRY(DiscussionAccess access, discussionAccess(tx, districtId, subject, reader));
  return NotificationSubject{std::move(access.title), std::move(access.path)};
}

}  // namespace accord::domain
