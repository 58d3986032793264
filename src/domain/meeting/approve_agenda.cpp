#include "domain/audit/use_cases.hpp"
#include "domain/meeting/use_cases.hpp"
#include "domain/notification/notify.hpp"

namespace accord::domain {

Result<Meeting> approveAgenda(Store& store, const Caller& caller, long long districtId, long long bodyId,
                              long long meetingId, UnixSeconds now, std::vector<long long>* notified) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(MeetingAccess access, meetingAccess(*tx, districtId, bodyId, meetingId, caller.user));
  ACCORD_CHECK(mayApproveAgenda(access.body, caller.user));
  Meeting meeting = access.meeting;
  // One person can hold both chairs only in a data error; each chair approves for its side.
  bool labor = access.body.body.laborCoChairId == caller.user.id;
  if (labor) meeting.laborApprovedBy = caller.user.id;
  if (access.body.body.managementCoChairId == caller.user.id) meeting.managementApprovedBy = caller.user.id;
  ACCORD_CHECK(tx->meetings().updateMeeting(meeting));
  ACCORD_CHECK(audit(*tx, districtId, caller, "agenda.approve", "meeting", meetingId,
                     {{"side", labor ? "labor" : "management"}, {"approved", meeting.agendaApproved()}}, now));
  // The other co-chair is now the one the agenda waits for.
  std::vector<long long> told;
  auto waiting = labor ? access.body.body.managementCoChairId : access.body.body.laborCoChairId;
  if (!meeting.agendaApproved() && waiting) {
    ACCORD_TRY(told, notify(*tx, {districtId, "agenda_approval", {"meeting", meetingId}, caller.user.id, now}, {*waiting}));
  }
  ACCORD_CHECK(tx->commit());
  addNotified(notified, told);
  return meeting;
}

}  // namespace accord::domain
