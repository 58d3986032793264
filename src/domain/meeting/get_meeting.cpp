#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

Result<MeetingView> getMeeting(Store& store, const Caller& caller, long long districtId, long long bodyId,
                               long long meetingId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(MeetingAccess access, meetingAccess(*tx, districtId, bodyId, meetingId, caller.user));
  MeetingView view;
  view.meeting = access.meeting;
  ACCORD_TRY(view.series, tx->meetings().seriesById(districtId, bodyId, access.meeting.seriesId));
  ACCORD_TRY(view.agenda, tx->meetings().agenda(meetingId));
  ACCORD_CHECK(screenAgenda(*tx, access.body, view.agenda));
  ACCORD_TRY(view.attendance, tx->meetings().attendance(meetingId));
  return view;
}

}  // namespace accord::domain
