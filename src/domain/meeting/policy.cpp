#include "domain/meeting/policy.hpp"

#include "domain/decision/decision.hpp"
#include "domain/issue/issue.hpp"
#include "domain/linked_id.hpp"

namespace accord::domain {

Result<void> mayReadMeetings(const BodyAccess& access) {
  if (access.isMember() || isDistrictLeader(access.district)) return Ok{};
  return forbidden("a body's meetings are for its members and the district's leaders");
}

Result<void> mayScheduleMeetings(const BodyAccess& access, const User& caller) {
  if (access.isCoChair(caller.id) || isDistrictLeader(access.district)) return Ok{};
  return forbidden("only the body's co-chairs and the district's leaders may schedule its meetings");
}

Result<void> mayProposeAgendaItem(const BodyAccess& access) {
  if (access.isMember() || isDistrictLeader(access.district)) return Ok{};
  return forbidden("only the body's members may propose agenda items");
}

Result<void> mayEditAgenda(const BodyAccess& access, const User& caller) {
  if (access.isCoChair(caller.id) || isDistrictLeader(access.district)) return Ok{};
  return forbidden("only the body's co-chairs and the district's leaders may change the agenda");
}

Result<void> mayApproveAgenda(const BodyAccess& access, const User& caller) {
  if (access.isCoChair(caller.id)) return Ok{};
  return forbidden("only the body's co-chairs approve the agenda");
}

Result<void> mayKeepRecord(const BodyAccess& access, const User& caller) {
  if (access.isCoChair(caller.id) || (access.isMember() && access.district.role == "recorder")) return Ok{};
  return forbidden("only the co-chairs and the body's recorder keep the meeting's record");
}

Result<MeetingAccess> meetingAccess(Transaction& tx, long long districtId, long long bodyId, long long meetingId,
                                    const User& caller) {
  MeetingAccess access;
  ACCORD_TRY(access.body, bodyAccess(tx, districtId, bodyId, caller));
  ACCORD_CHECK(mayReadMeetings(access.body));
  ACCORD_TRY(access.meeting, tx.meetings().meetingById(districtId, bodyId, meetingId));
  return access;
}

Result<Meeting> linkedMeeting(Transaction& tx, long long districtId, long long meetingId, const User& caller,
                              const char* field) {
  auto meeting = tx.meetings().meetingInDistrict(districtId, meetingId);
  if (!meeting.ok()) {
    if (meeting.error().code == ErrorCode::kNotFound) return linkNotFound(field, "no such meeting in this district");
    return meeting.takeError();
  }
  auto access = meetingAccess(tx, districtId, meeting->bodyId, meetingId, caller);
  if (!access.ok()) {
    auto code = access.error().code;
    if (code == ErrorCode::kNotFound || code == ErrorCode::kForbidden)
      return linkNotFound(field, "no such meeting among those you may read");
    return access.takeError();
  }
  return std::move(access->meeting);
}

Result<bool> isConfidentialItem(Transaction& tx, long long districtId, const AgendaItem& item) {
  // A link to a record that is gone (or was never in the district) hides nothing.
  if (item.issueId) {
    auto issue = tx.issues().byId(districtId, *item.issueId);
    if (issue.ok() && issue->confidential) return true;
    if (!issue.ok() && issue.error().code != ErrorCode::kNotFound) return issue.takeError();
  }
  if (item.decisionId) {
    auto decision = tx.decisions().byId(districtId, *item.decisionId);
    if (decision.ok() && decision->confidential) return true;
    if (!decision.ok() && decision.error().code != ErrorCode::kNotFound) return decision.takeError();
  }
  return false;
}

Result<void> screenAgendaItem(Transaction& tx, const BodyAccess& reader, AgendaItem& item) {
  ACCORD_TRY(item.confidential, isConfidentialItem(tx, reader.district.districtId, item));
  if (item.confidential && !reader.isMember()) {
    item.title.clear();
    item.issueId.reset();
    item.decisionId.reset();
  }
  return Ok{};
}

Result<void> screenAgenda(Transaction& tx, const BodyAccess& reader, std::vector<AgendaItem>& items) {
  for (auto& item : items) ACCORD_CHECK(screenAgendaItem(tx, reader, item));
  return Ok{};
}

}  // namespace accord::domain
