#pragma once
// What a notification points at: a subject with a discussion (issue, decision, meeting,
// communication) or a body's charter, checked against the reader's access each time.
#include <string>

#include "domain/account/account.hpp"
#include "domain/discussion/discussion.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// A body's charter, as the subject of a notification (its id is the body's).
inline constexpr const char* kCharterSubject = "charter";

struct NotificationSubject {
  std::string title;  // the subject's title; a charter's is its body's name
  std::string path;   // its page below the district's: /issues/12, /bodies/3/charter
};

// kNotFound or kForbidden when `reader` may not see the subject (any more).
Result<NotificationSubject> notificationSubject(Transaction& tx, long long districtId, const CommentSubject& subject,
                                               const User& reader);

}  // namespace accord::domain
