#include "domain/meeting/policy.hpp"

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

}  // namespace accord::domain
