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

// For a record that links to a meeting (an action item assigned in it, whose changes its live view
// shows): the meeting must be in the district and the caller must be allowed to read it; else
// kNotFound naming `field`.
Result<Meeting> linkedMeeting(Transaction& tx, long long districtId, long long meetingId, const User& caller,
                              const char* field);

// What a reader of the meeting may see of its agenda: an item linked to a confidential issue or
// decision is marked `confidential`, and for a reader outside the body its title and its links are
// withheld (the district's leaders read every agenda, but not every body's confidential business).
Result<void> screenAgenda(Transaction& tx, const BodyAccess& reader, std::vector<AgendaItem>& items);
Result<void> screenAgendaItem(Transaction& tx, const BodyAccess& reader, AgendaItem& item);

// Whether the item is linked to a confidential issue or decision of the district.
Result<bool> isConfidentialItem(Transaction& tx, long long districtId, const AgendaItem& item);

}  // namespace accord::domain
