#include <algorithm>

#include "domain/action/action.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/meeting/use_cases.hpp"

namespace accord::domain {

namespace {
// The time an overdue action gets on the agenda: enough to hear why and agree a new date.
constexpr int kOverdueActionMinutes = 5;
}  // namespace

// Meeting records are made lazily, when an occurrence is first used (its agenda opened), not
// ahead of time: a series without an end would otherwise need a job that keeps materializing,
// and a record made on first use always carries over from the meeting that really came before.
Result<OpenedMeeting> openMeeting(Store& store, const Caller& caller, long long districtId, long long bodyId,
                                  long long seriesId, const std::string& date, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(BodyAccess access, bodyAccess(*tx, districtId, bodyId, caller.user));
  ACCORD_CHECK(mayReadMeetings(access));
  ACCORD_TRY(MeetingSeries series, tx->meetings().seriesById(districtId, bodyId, seriesId));
  auto day = parseDate(date);
  if (!day) return invalid("date", "must be a date, YYYY-MM-DD");
  if (!isOccurrence(series.recurrence(), *day)) return invalid("date", "the series does not meet on this date");
  std::string occurrence = formatDate(*day);
  ACCORD_TRY(auto existing, tx->meetings().meetingOn(seriesId, occurrence));
  if (existing) return OpenedMeeting{*existing, false};
  if (series.isCancelled(occurrence)) return conflict("this occurrence is cancelled", "date");

  Meeting meeting;
  meeting.districtId = districtId;
  meeting.bodyId = bodyId;
  meeting.seriesId = seriesId;
  meeting.date = occurrence;
  meeting.createdAt = now;
  ACCORD_TRY(meeting.id, tx->meetings().insertMeeting(meeting));

  // Unfinished business comes along by itself.
  ACCORD_TRY(auto previous, tx->meetings().meetingBefore(seriesId, occurrence));
  int carried = 0;
  std::vector<long long> carriedActions;
  if (previous) {
    ACCORD_TRY(auto unfinished, tx->meetings().unfinishedItems(previous->id));
    for (const auto& old : unfinished) {
      AgendaItem item = old;
      item.meetingId = meeting.id;
      item.position = ++carried;
      item.outcome.clear();
      item.carriedFromId = old.id;
      item.createdAt = now;
      if (item.actionId) carriedActions.push_back(*item.actionId);
      ACCORD_CHECK(tx->meetings().insertItem(item));
    }
  }
  // So do the body's action items that will be overdue by the day it meets, each once.
  int overdue = 0;
  ActionFilter late;
  late.bodyId = bodyId;
  late.overdueOn = occurrence;
  long long after = 0;
  do {
    ACCORD_TRY(auto page, tx->actionItems().list(districtId, late, after, 200));
    for (const auto& action : page.items) {
      if (std::find(carriedActions.begin(), carriedActions.end(), action.id) != carriedActions.end()) continue;
      AgendaItem item;
      item.meetingId = meeting.id;
      item.position = carried + ++overdue;
      item.title = action.title;
      item.actionId = action.id;
      item.timeBoxMinutes = kOverdueActionMinutes;
      item.proposedBy = caller.user.id;
      item.createdAt = now;
      ACCORD_CHECK(tx->meetings().insertItem(item));
    }
    after = page.nextCursor;
  } while (after != 0);
  ACCORD_CHECK(audit(*tx, districtId, caller, "meeting.open", "meeting", meeting.id,
                     {{"series_id", seriesId}, {"date", occurrence}, {"carried_over", carried},
                      {"overdue_actions", overdue}},
                     now));
  ACCORD_CHECK(tx->commit());
  return OpenedMeeting{meeting, true};
}

}  // namespace accord::domain
