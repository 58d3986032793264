#include "domain/caucus/policy.hpp"

#include "domain/decision/policy.hpp"
#include "domain/district/policy.hpp"
#include "domain/issue/policy.hpp"
#include "domain/linked_id.hpp"
#include "domain/meeting/meeting.hpp"

namespace accord::domain {

Result<CaucusAccess> caucusAccess(Transaction& tx, long long districtId, const CaucusSubject& subject,
                                  const User& caller) {
  ACCORD_CHECK(memberOf(tx, districtId, caller));
  if (!isCaucusSubject(subject.type)) return invalid("subject_type", "must be issue, decision or meeting");
  if (subject.id <= 0) return invalid("subject_id", "is required");
  CaucusAccess access;
  if (subject.type == "issue") {
    ACCORD_TRY(auto issue, issueAccess(tx, districtId, subject.id, caller));
    access.body = std::move(issue.body);
  } else if (subject.type == "decision") {
    ACCORD_TRY(auto decision, decisionAccess(tx, districtId, subject.id, caller));
    access.body = std::move(decision.body);
  } else {
    // A meeting is found through its body, which the note names.
    if (!subject.bodyId) return invalid("body_id", "is required for a meeting");
    ACCORD_TRY(access.body, bodyAccess(tx, districtId, *subject.bodyId, caller));
    auto meeting = tx.meetings().meetingById(districtId, *subject.bodyId, subject.id);
    if (!meeting.ok()) {
      if (meeting.error().code == ErrorCode::kNotFound)
        return linkNotFound("subject_id", "no such meeting of this body");
      return meeting.takeError();
    }
  }
  if (subject.bodyId && *subject.bodyId != access.body.body.id)
    return invalid("body_id", "is not the body of this " + subject.type);
  if (!access.body.isMember()) return forbidden("caucus notes are for the members of the body");
  if (access.body.seat->side != "labor" && access.body.seat->side != "management")
    return forbidden("neutral members have no caucus");
  access.side = access.body.seat->side;
  return access;
}

}  // namespace accord::domain
