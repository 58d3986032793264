#pragma once
// Meetings of a joint body: a series (one-off or recurring) expands into occurrences; an
// occurrence that is used gets a meeting record with its agenda, attendance and minutes.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/meeting/recurrence.hpp"
#include "domain/store.hpp"

namespace accord::domain {

inline constexpr const char* kDefaultTimeZone = "America/Los_Angeles";

struct MeetingSeries {
  long long id = 0;
  long long districtId = 0;
  long long bodyId = 0;
  std::string title;
  std::string start;  // local wall time "YYYY-MM-DDTHH:MM" in `timeZone`
  std::string timeZone = kDefaultTimeZone;  // an IANA name from the system time zone database (common/time_zone)
  int durationMinutes = 60;
  std::string location;
  std::string frequency = "once";    // once, weekly, biweekly, monthly
  std::optional<std::string> until;  // "YYYY-MM-DD", inclusive
  std::optional<int> count;
  long long createdBy = 0;
  UnixSeconds createdAt = 0;
  std::vector<std::string> cancelled;  // occurrence dates, "YYYY-MM-DD", in order
  std::string bodyName;                // filled for the calendar feed

  Recurrence recurrence() const;
  // The occurrence dates, cancelled ones included.
  std::vector<LocalDate> occurrences() const { return expandOccurrences(recurrence()); }
  bool isCancelled(std::string_view date) const;
};

struct Meeting {
  long long id = 0;
  long long districtId = 0;
  long long bodyId = 0;
  long long seriesId = 0;
  std::string date;  // the occurrence, "YYYY-MM-DD"
  std::string minutes;
  // The co-chair of each side who approved the agenda as it stands; any change withdraws both.
  std::optional<long long> laborApprovedBy;
  std::optional<long long> managementApprovedBy;
  UnixSeconds createdAt = 0;

  bool agendaApproved() const { return laborApprovedBy.has_value() && managementApprovedBy.has_value(); }
};

bool isOutcome(std::string_view outcome);  // done or carried_over

struct AgendaItem {
  long long id = 0;
  long long meetingId = 0;
  int position = 0;
  std::string title;
  // Subjects from other parts of the partnership core; plain ids here.
  std::optional<long long> issueId;
  std::optional<long long> decisionId;
  std::optional<long long> actionId;
  int timeBoxMinutes = 10;
  long long proposedBy = 0;
  std::string outcome;  // empty while open, else done or carried_over
  std::optional<long long> carriedFromId;  // the item of an earlier meeting this one continues
  UnixSeconds createdAt = 0;
  // Linked to a confidential issue or decision: filled when read, see screenAgenda().
  bool confidential = false;
};

bool isAttendanceStatus(std::string_view status);  // present, absent, excused

struct Attendance {
  long long meetingId = 0;
  long long userId = 0;
  std::string status;
  std::string userName;  // filled when listed
};

// A member's secret calendar address; only the token's hash is kept.
struct CalendarFeed {
  long long id = 0;
  long long districtId = 0;
  long long userId = 0;
  std::string tokenHash;
  UnixSeconds createdAt = 0;
};

class MeetingRepository {
 public:
  virtual ~MeetingRepository() = default;

  virtual Result<long long> insertSeries(const MeetingSeries& series) = 0;
  // Only within the district and body; the cancelled dates filled.
  virtual Result<MeetingSeries> seriesById(long long districtId, long long bodyId, long long seriesId) = 0;
  virtual Result<std::vector<MeetingSeries>> listSeries(long long districtId, long long bodyId) = 0;
  // Every series of every body of the district in which the person sits, with the body's name.
  virtual Result<std::vector<MeetingSeries>> seriesOfMember(long long districtId, long long userId) = 0;
  // kConflict (field "date") when the occurrence is cancelled already.
  virtual Result<void> insertCancellation(long long seriesId, const std::string& date) = 0;

  // kConflict when the occurrence has its meeting already.
  virtual Result<long long> insertMeeting(const Meeting& meeting) = 0;
  virtual Result<Meeting> meetingById(long long districtId, long long bodyId, long long meetingId) = 0;
  // Only within the district, of whichever body: for checking a link to a meeting.
  virtual Result<Meeting> meetingInDistrict(long long districtId, long long meetingId) = 0;
  virtual Result<std::optional<Meeting>> meetingOn(long long seriesId, const std::string& date) = 0;
  // The latest meeting of the series before `date`, if any.
  virtual Result<std::optional<Meeting>> meetingBefore(long long seriesId, const std::string& date) = 0;
  virtual Result<std::vector<Meeting>> meetingsOfSeries(long long seriesId) = 0;
  // Writes minutes and approvals.
  virtual Result<void> updateMeeting(const Meeting& meeting) = 0;

  // In agenda order.
  virtual Result<std::vector<AgendaItem>> agenda(long long meetingId) = 0;
  // kNotFound unless the item is on this meeting's agenda.
  virtual Result<AgendaItem> item(long long meetingId, long long itemId) = 0;
  // Of these agenda items (each named with its meeting), those linked to an issue or decision of the
  // district that is confidential, with the body of their meeting; one read for the lot.
  virtual Result<std::map<long long, long long>> confidentialItems(
      long long districtId, const std::vector<std::pair<long long, long long>>& meetingAndItem) = 0;
  virtual Result<long long> insertItem(const AgendaItem& item) = 0;
  // Writes position, title, references, time box and outcome.
  virtual Result<void> updateItem(const AgendaItem& item) = 0;
  virtual Result<void> deleteItem(long long meetingId, long long itemId) = 0;
  // Items of the meeting not done and not yet carried into another meeting, in agenda order.
  virtual Result<std::vector<AgendaItem>> unfinishedItems(long long meetingId) = 0;

  virtual Result<std::vector<Attendance>> attendance(long long meetingId) = 0;
  virtual Result<void> setAttendance(const Attendance& attendance) = 0;

  // Replaces the person's feed in the district, if any.
  virtual Result<void> replaceFeed(const CalendarFeed& feed) = 0;
  // Whether there was one to remove.
  virtual Result<bool> deleteFeed(long long districtId, long long userId) = 0;
  // The person's feeds in every district.
  virtual Result<void> deleteFeedsOfUser(long long userId) = 0;
  virtual Result<CalendarFeed> feedByTokenHash(const std::string& tokenHash) = 0;
};

}  // namespace accord::domain
