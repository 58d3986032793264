#include "common/calendar_date.hpp"
#include "domain/dashboard/use_cases.hpp"
#include <fmt/format.h>

#include "domain/district/district.hpp"
#include "domain/event/use_cases.hpp"
#include "domain/notification/use_cases.hpp"
#include "domain/practice/use_cases.hpp"

namespace accord::domain {

namespace {

// What waits for the person in one district, read through the district home.
Result<std::vector<DigestItem>> waitingIn(Transaction& tx, long long districtId, const User& user, UnixSeconds now,
                                          const std::map<std::string, bool>& on) {
  ACCORD_TRY(Dashboard home, readDashboard(tx, districtId, user, now));
  std::string base = "/districts/" + std::to_string(districtId);
  std::vector<DigestItem> items;
  if (on.at("proposal_stance"))
    for (const auto& a : home.awaitingMyStance)
      items.push_back({"proposal_stance", a.title, a.bodyName, isoDateOf(a.closesAt), false,
                       base + "/decisions/" + std::to_string(a.id)});
  if (on.at("issue_ready"))
    for (const auto& r : home.readyRequests)
      items.push_back({"issue_ready", r.title, r.bodyName, isoDateOf(r.readyAt), false,
                       base + "/issues/" + std::to_string(r.issueId)});
  if (on.at("agenda_approval"))
    for (const auto& m : home.nextMeetings)
      if (m.meetingId && m.myApprovalNeeded && !m.agendaApproved && m.agendaItems > 0)
        items.push_back({"agenda_approval", m.bodyName, m.bodyName, m.date, false,
                         base + "/bodies/" + std::to_string(m.bodyId) + "/meetings/" + std::to_string(*m.meetingId)});
  if (on.at("action_due")) {
    // The person's own items due today or earlier; the home lists those overdue, and an item due
    // today is overdue tomorrow.
    std::string tomorrow = isoDateOf(now + 86400);
    ActionFilter mine;
    mine.ownerId = user.id;
    mine.overdueOn = tomorrow;
    ACCORD_TRY(auto due, tx.actionItems().list(districtId, mine, 0, kDashboardSectionLimit));
    for (const auto& item : due.items)
      items.push_back({"action_due", item.title, "", item.dueDate, item.dueDate < home.today, base + "/actions"});
  }
  if (on.at("check_in_due")) {
    // The follow-ups of events (30, 90 and 180 days after) that the person's team owes.
    ACCORD_TRY(auto due, checkInsDueFor(tx, user.id, home.today));
    for (const auto& c : due)
      if (c.team.districtId == districtId)
        items.push_back({"check_in_due", fmt::format("{} ({})", c.event.title, c.checkIn.milestone), "",
                         c.checkIn.dueOn, c.checkIn.state == "overdue",
                         "/network/events/" + std::to_string(c.event.id) + "/teams/" + std::to_string(c.team.id)});
  }
  return items;
}

// What changed in the practices the person follows, wherever they were published: each change of
// the day before, told once (see practiceUpdatesFor).
Result<std::vector<FollowedChange>> followedChanges(Transaction& tx, const User& user, UnixSeconds now) {
  ACCORD_TRY(auto updates, practiceUpdatesFor(tx, user.id, now));
  std::vector<FollowedChange> items;
  for (const auto& u : updates)
    items.push_back({u.change, u.title, u.districtName, isoDateOf(u.at),
                     "/network/practices/" + std::to_string(u.practiceId)});
  return items;
}

}  // namespace

Result<Digest> composeDigest(Transaction& tx, const User& user, UnixSeconds now) {
  Digest digest;
  digest.user = user;
  digest.day = isoDateOf(now);
  // A kind sent at once, or turned off, is not in the digest.
  ACCORD_TRY(auto delivery, readDeliveries(tx, user.id));
  std::map<std::string, bool> on;
  for (const auto& [kind, how] : delivery) on[kind] = how == kDeliveryDigest;
  long long cursor = 0;
  do {
    ACCORD_TRY(auto page, tx.districts().listForUser(user.id, cursor, 100));
    for (const auto& district : page.items) {
      ACCORD_TRY(auto items, waitingIn(tx, district.id, user, now, on));
      if (items.empty()) continue;
      digest.districts.push_back({district.id, district.name, std::move(items)});
    }
    cursor = page.nextCursor;
  } while (cursor);
  if (on.at("practice_update")) {
    ACCORD_TRY(digest.followed, followedChanges(tx, user, now));
  }
  return digest;
}

}  // namespace accord::domain
