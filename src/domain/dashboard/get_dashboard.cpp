#include <algorithm>
#include <map>

#include "common/calendar_date.hpp"
#include "domain/body/body.hpp"
#include "domain/dashboard/use_cases.hpp"
#include "domain/district/policy.hpp"
#include "domain/handbook/handbook.hpp"
#include "domain/issue/issue.hpp"
#include "domain/meeting/meeting.hpp"

namespace accord::domain {

namespace {

// The first occurrence on or after `today` that is not cancelled.
std::optional<std::string> nextOccurrence(const MeetingSeries& series, const LocalDate& today) {
  // Among as many occurrences as there are cancelled ones, and one more, is the first that is not.
  for (const LocalDate& day : occurrencesFrom(series.recurrence(), today, series.cancelled.size() + 1)) {
    std::string date = formatDate(day);
    if (!series.isCancelled(date)) return date;
  }
  return std::nullopt;
}

// The soonest meetings of the bodies the caller sits on (one per body), with their agendas' state.
Result<std::vector<NextMeeting>> nextMeetings(Transaction& tx, long long districtId, const User& caller,
                                              const std::string& today) {
  ACCORD_TRY(auto seriesList, tx.meetings().seriesOfMember(districtId, caller.id));
  LocalDate from = parseDate(today).value_or(LocalDate{});
  std::map<long long, NextMeeting> soonest;  // by body
  for (const auto& series : seriesList) {
    auto date = nextOccurrence(series, from);
    if (!date) continue;
    std::string start = *date + series.start.substr(10);
    auto found = soonest.find(series.bodyId);
    if (found != soonest.end() && found->second.start <= start) continue;
    NextMeeting next;
    next.bodyId = series.bodyId;
    next.bodyName = series.bodyName;
    next.seriesId = series.id;
    next.date = *date;
    next.start = start;
    next.location = series.location;
    soonest[series.bodyId] = next;
  }
  std::vector<NextMeeting> out;
  for (auto& entry : soonest) out.push_back(std::move(entry.second));
  std::sort(out.begin(), out.end(), [](const NextMeeting& a, const NextMeeting& b) {
    return std::tie(a.start, a.bodyId) < std::tie(b.start, b.bodyId);
  });
  if (out.size() > kDashboardMeetings) out.resize(kDashboardMeetings);
  for (auto& next : out) {
    ACCORD_TRY(auto meeting, tx.meetings().meetingOn(next.seriesId, next.date));
    ACCORD_TRY(Body body, tx.bodies().byId(districtId, next.bodyId));
    std::optional<long long> myApproval;
    if (meeting) {
      next.meetingId = meeting->id;
      ACCORD_TRY(auto agenda, tx.meetings().agenda(meeting->id));
      next.agendaItems = static_cast<int>(agenda.size());
      next.agendaApproved = meeting->agendaApproved();
      if (body.laborCoChairId == caller.id) myApproval = meeting->laborApprovedBy;
      if (body.managementCoChairId == caller.id) myApproval = meeting->managementApprovedBy;
    }
    bool coChair = body.laborCoChairId == caller.id || body.managementCoChairId == caller.id;
    next.myApprovalNeeded = coChair && !myApproval;
  }
  return out;
}

}  // namespace

Result<Dashboard> getDashboard(Store& store, const Caller& caller, long long districtId, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  return readDashboard(*tx, districtId, caller.user, now);
}

Result<Dashboard> readDashboard(Transaction& transaction, long long districtId, const User& user, UnixSeconds now) {
  Transaction* tx = &transaction;
  Dashboard d;
  d.today = isoDateOf(now);
  auto& reads = tx->dashboard();
  long long me = user.id;
  ACCORD_TRY(d.nextMeetings, nextMeetings(*tx, districtId, user, d.today));
  IssueFilter visible;
  visible.viewerId = me;
  visible.openOnly = true;
  ACCORD_TRY(auto steps, tx->issues().stepCounts(districtId, visible));
  for (auto& s : sortedByStep(std::move(steps)))
    if (isOpenIssueStep(s.step)) d.issuesByStep.push_back(std::move(s));
  ACCORD_TRY(d.awaitingMyStance, reads.awaitingStance(districtId, me, now, kDashboardSectionLimit));
  ACCORD_TRY(d.readyRequests, reads.readyRequests(districtId, me, kDashboardSectionLimit));
  // Every overdue item the caller may see in the district, theirs first.
  ACCORD_TRY(d.overdueActions, tx->actionItems().overdue(districtId, d.today, me, kDashboardSectionLimit));
  ACCORD_TRY(d.chartersToSign, reads.chartersToSign(districtId, me));
  ACCORD_TRY(d.communicationsToSign, reads.communicationsToSign(districtId, me, kDashboardSectionLimit));
  ACCORD_TRY(d.unreadCommunications, reads.unreadCommunications(districtId, me, kDashboardSectionLimit));
  ACCORD_TRY(d.handbookToRead, tx->handbook().readingDue(districtId, me));
  return d;
}

}  // namespace accord::domain
