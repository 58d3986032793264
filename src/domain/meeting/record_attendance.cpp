#include "domain/audit/use_cases.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<Attendance> recordAttendance(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                    long long meetingId, const Attendance& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(MeetingAccess access, meetingAccess(*tx, districtId, bodyId, meetingId, caller.user));
  ACCORD_CHECK(mayKeepRecord(access.body, caller.user));
  if (!isAttendanceStatus(input.status)) return invalid("status", "must be present, absent or excused");
  auto seat = tx->bodies().member(bodyId, input.userId);
  if (!seat.ok()) {
    if (seat.error().code == ErrorCode::kNotFound) return invalid("user_id", "this person is not a member of the body");
    return seat.takeError();
  }
  Attendance attendance;
  attendance.meetingId = meetingId;
  attendance.userId = input.userId;
  attendance.status = input.status;
  attendance.userName = seat->userName;
  ACCORD_CHECK(tx->meetings().setAttendance(attendance));
  ACCORD_CHECK(audit(*tx, districtId, caller, "meeting.attendance", "meeting", meetingId,
                     {{"user_id", input.userId}, {"status", input.status}}, now));
  ACCORD_CHECK(tx->commit());
  return attendance;
}

}  // namespace accord::domain
