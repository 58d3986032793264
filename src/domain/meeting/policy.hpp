#pragma once
// Who may do what with a body's meetings. Every meeting use case starts with bodyAccess() and
// one of these checks.
//
// - Reading meetings (series, agenda, attendance, minutes, the live stream) is for the body's
//   members and the district's leaders. Opening an occurrence's meeting record (made on first
//   use) is part of reading it.
// - Scheduling, cancelling occurrences and editing, removing or reordering agenda items is for
//   the body's co-chairs and the district's leaders.
// - Any member of the body may propose an agenda item: either side can raise what has come up.
//   Adding an item withdraws the co-chairs' approvals, so the agenda both co-chairs approved is
//   always the agenda as it stands.
// - Approving the agenda is for the co-chairs alone, each for their side.
// - Minutes, attendance and item outcomes are kept by the co-chairs and by a member of the body
//   whose district role is recorder.
#include "domain/body/policy.hpp"
#include "domain/meeting/meeting.hpp"

namespace accord::domain {

Result<void> mayReadMeetings(const BodyAccess& access);
Result<void> mayScheduleMeetings(const BodyAccess& access, const User& caller);
Result<void> mayProposeAgendaItem(const BodyAccess& access);
Result<void> mayEditAgenda(const BodyAccess& access, const User& caller);
Result<void> mayApproveAgenda(const BodyAccess& access, const User& caller);
Result<void> mayKeepRecord(const BodyAccess& access, const User& caller);

struct MeetingAccess {
  BodyAccess body;
  Meeting meeting;
};
// bodyAccess() plus the meeting, which must belong to the body (else kNotFound), and read access.
Result<MeetingAccess> meetingAccess(Transaction& tx, long long districtId, long long bodyId, long long meetingId,
                                    const User& caller);

}  // namespace accord::domain
