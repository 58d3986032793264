#include "domain/audit/use_cases.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<Meeting> writeMinutes(Store& store, const Caller& caller, long long districtId, long long bodyId,
                             long long meetingId, const std::string& minutes, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(MeetingAccess access, meetingAccess(*tx, districtId, bodyId, meetingId, caller.user));
  ACCORD_CHECK(mayKeepRecord(access.body, caller.user));
  if (minutes.size() > 200000) return invalid("minutes", "must be at most 200000 characters");
  Meeting meeting = access.meeting;
  meeting.minutes = minutes;
  ACCORD_CHECK(tx->meetings().updateMeeting(meeting));
  // The minutes' text stays out of the log; their length shows that they changed.
  ACCORD_CHECK(audit(*tx, districtId, caller, "meeting.minutes", "meeting", meetingId,
                     {{"length", minutes.size()}}, now));
  ACCORD_CHECK(tx->commit());
  return meeting;
}

}  // namespace accord::domain
