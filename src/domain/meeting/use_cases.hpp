#pragma once
// Meetings. Each function is one use case, in a file of the same name. Use cases that change a
// meeting return its id so the caller can tell the meeting's live viewers after the commit.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/account/use_cases.hpp"
#include "domain/meeting/meeting.hpp"
#include "domain/meeting/policy.hpp"

namespace accord::domain {

struct SeriesInput {
  std::optional<std::string> title;
  std::optional<std::string> start;     // "YYYY-MM-DDTHH:MM"
  std::optional<std::string> timeZone;  // default America/Los_Angeles
  std::optional<long long> durationMinutes;
  std::optional<std::string> location;
  std::optional<std::string> frequency;  // default once
  std::optional<std::string> until;      // "YYYY-MM-DD"
  std::optional<long long> count;
};
Result<MeetingSeries> scheduleMeetingSeries(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                            const SeriesInput& input, UnixSeconds now);

Result<std::vector<MeetingSeries>> listMeetingSeries(Store& store, const Caller& caller, long long districtId,
                                                     long long bodyId);

struct Occurrence {
  std::string date;
  bool cancelled = false;
  std::optional<long long> meetingId;  // when the occurrence has its meeting record
};
struct SeriesView {
  MeetingSeries series;
  std::vector<Occurrence> occurrences;
};
// The series with its occurrences from `from` ("YYYY-MM-DD", default: all), at most `limit`.
Result<SeriesView> getMeetingSeries(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                    long long seriesId, const std::optional<std::string>& from, int limit);

Result<void> cancelOccurrence(Store& store, const Caller& caller, long long districtId, long long bodyId,
                              long long seriesId, const std::string& date, UnixSeconds now);

struct OpenedMeeting {
  Meeting meeting;
  bool created = false;
};
// The meeting record of an occurrence, created when first asked for. Creating it carries over
// the items of the series' previous meeting that were not done.
Result<OpenedMeeting> openMeeting(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                  long long seriesId, const std::string& date, UnixSeconds now);

struct MeetingView {
  Meeting meeting;
  MeetingSeries series;
  std::vector<AgendaItem> agenda;
  std::vector<Attendance> attendance;
};
Result<MeetingView> getMeeting(Store& store, const Caller& caller, long long districtId, long long bodyId,
                               long long meetingId);

// Whether the caller may follow the meeting's changes live.
Result<void> watchMeeting(Store& store, const Caller& caller, long long districtId, long long bodyId,
                          long long meetingId);

struct AgendaItemInput {
  std::optional<std::string> title;
  std::optional<long long> timeBoxMinutes;
  // For each reference: absent leaves it, 0 clears it (input from JSON null), else sets it.
  std::optional<long long> issueId;
  std::optional<long long> decisionId;
  std::optional<long long> actionId;
};
Result<AgendaItem> addAgendaItem(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                 long long meetingId, const AgendaItemInput& input, UnixSeconds now);
Result<AgendaItem> updateAgendaItem(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                    long long meetingId, long long itemId, const AgendaItemInput& input,
                                    UnixSeconds now);
Result<void> removeAgendaItem(Store& store, const Caller& caller, long long districtId, long long bodyId,
                              long long meetingId, long long itemId, UnixSeconds now);
// `itemIds` must name every item of the agenda once.
Result<std::vector<AgendaItem>> reorderAgenda(Store& store, const Caller& caller, long long districtId,
                                              long long bodyId, long long meetingId,
                                              const std::vector<long long>& itemIds, UnixSeconds now);
// The co-chair approves for their side; the agenda is approved once both sides have. Until then the
// other co-chair is told in their notification centre (agenda_approval); `notified`, when given,
// learns who was told.
Result<Meeting> approveAgenda(Store& store, const Caller& caller, long long districtId, long long bodyId,
                              long long meetingId, UnixSeconds now, std::vector<long long>* notified = nullptr);

Result<AgendaItem> recordOutcome(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                 long long meetingId, long long itemId, const std::string& outcome, UnixSeconds now);
// The person must be a member of the body.
Result<Attendance> recordAttendance(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                    long long meetingId, const Attendance& input, UnixSeconds now);
Result<Meeting> writeMinutes(Store& store, const Caller& caller, long long districtId, long long bodyId,
                             long long meetingId, const std::string& minutes, UnixSeconds now);

// Creates or replaces the caller's secret calendar feed for the meetings of their bodies in the
// district; returns its token, which is stored only hashed and so shown this once.
Result<std::string> createCalendarFeed(Store& store, const Caller& caller, long long districtId, UnixSeconds now);
// kNotFound when the caller has no feed in the district.
Result<void> revokeCalendarFeed(Store& store, const Caller& caller, long long districtId, UnixSeconds now);
// The feed's iCalendar document: every series of every body of the district its owner sits in.
// The token is the credential; kNotFound for an unknown token or an owner who left the district.
Result<std::string> readCalendarFeed(Store& store, const std::string& token, UnixSeconds now);

// Checks `input` and writes what it names into `item` (shared by add and update). Each link it sets
// is checked from the meeting's body as `caller`: linkedIssue(), linkedDecision(), linkedActionItem().
Result<void> applyAgendaItemInput(Transaction& tx, const User& caller, const Meeting& meeting, AgendaItem& item,
                                  const AgendaItemInput& input);

// Records a write to an agenda item in the audit log: its id and title with `details`, or, for an
// item linked to a confidential subject, its id alone (confidentialDetails()).
Result<void> auditAgendaItem(Transaction& tx, const Caller& caller, const Meeting& meeting, std::string action,
                             const AgendaItem& item, nlohmann::json details, UnixSeconds now);

// Clears both co-chairs' approvals of the agenda (when it changes); inside the caller's transaction.
Result<void> withdrawApprovals(Transaction& tx, Meeting& meeting);

}  // namespace accord::domain
