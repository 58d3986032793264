#include "store/sql/meeting_repositories.hpp"

#include <set>
#include <tuple>

#include "store/sql/errors.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

// Agenda items linked to a confidential issue or decision of the district, with their meeting's body;
// the ids are appended as numbers.
constexpr const char* kConfidentialItems =
    "SELECT ai.id, ai.meeting_id, m.body_id FROM agenda_items ai JOIN meetings m ON m.id = ai.meeting_id "
    "LEFT JOIN issues i ON i.id = ai.issue_id AND i.district_id = m.district_id AND i.confidential <> 0 "
    "LEFT JOIN decisions d ON d.id = ai.decision_id AND d.district_id = m.district_id AND d.confidential <> 0 "
    "WHERE m.district_id = :district AND (i.id IS NOT NULL OR d.id IS NOT NULL) AND ai.id IN (";

struct ItemBodyRow {
  long long item = 0, meeting = 0, body = 0;
  template <class Columns>
  void bind(Columns& st) {
    st.into(item);
    st.into(meeting);
    st.into(body);
  }
  std::tuple<long long, long long, long long> take() const { return {item, meeting, body}; }
};

constexpr const char* kInsertSeries =
    "INSERT INTO meeting_series (district_id, body_id, title, start_local, time_zone, duration_minutes, location, "
    "frequency, until_date, occurrence_count, created_by, created_at) VALUES (:district, :body, :title, :start, "
    ":zone, :duration, :location, :frequency, :until, :count, :created_by, :created) RETURNING id";
constexpr const char* kSeriesColumns =
    "SELECT s.id, s.district_id, s.body_id, s.title, s.start_local, s.time_zone, s.duration_minutes, s.location, "
    "s.frequency, s.until_date, s.occurrence_count, s.created_by, s.created_at, b.name "
    "FROM meeting_series s JOIN bodies b ON b.id = s.body_id ";
constexpr const char* kSeriesById = "WHERE s.district_id = :district AND s.body_id = :body AND s.id = :id";
constexpr const char* kSeriesOfBody = "WHERE s.district_id = :district AND s.body_id = :body ORDER BY s.id";
constexpr const char* kSeriesOfMember =
    "JOIN body_members bm ON bm.body_id = s.body_id WHERE s.district_id = :district AND bm.user_id = :user "
    "ORDER BY s.id";
constexpr const char* kCancellations =
    "SELECT occurrence_date FROM meeting_cancellations WHERE series_id = :series ORDER BY occurrence_date";
constexpr const char* kInsertCancellation =
    "INSERT INTO meeting_cancellations (series_id, occurrence_date) VALUES (:series, :date)";

constexpr const char* kInsertMeeting =
    "INSERT INTO meetings (district_id, body_id, series_id, occurrence_date, minutes, labor_approved_by, "
    "management_approved_by, created_at) VALUES (:district, :body, :series, :date, :minutes, :labor, :management, "
    ":created) RETURNING id";
constexpr const char* kMeetingColumns =
    "SELECT id, district_id, body_id, series_id, occurrence_date, minutes, labor_approved_by, "
    "management_approved_by, created_at FROM meetings ";
constexpr const char* kMeetingById = "WHERE district_id = :district AND body_id = :body AND id = :id";
constexpr const char* kMeetingInDistrict = "WHERE district_id = :district AND id = :id";
constexpr const char* kMeetingOn = "WHERE series_id = :series AND occurrence_date = :date";
constexpr const char* kMeetingBefore =
    "WHERE series_id = :series AND occurrence_date < :date ORDER BY occurrence_date DESC LIMIT 1";
constexpr const char* kMeetingsOfSeries = "WHERE series_id = :series ORDER BY occurrence_date";
constexpr const char* kUpdateMeeting =
    "UPDATE meetings SET minutes = :minutes, labor_approved_by = :labor, management_approved_by = :management "
    "WHERE id = :id AND district_id = :district";

constexpr const char* kAgendaItemColumns =
    "SELECT a.id, a.meeting_id, a.position, a.title, a.issue_id, a.decision_id, a.action_id, a.time_box_minutes, "
    "a.proposed_by, a.outcome, a.carried_from_id, a.created_at FROM agenda_items a ";
constexpr const char* kItemsOfMeeting = "WHERE a.meeting_id = :meeting ORDER BY a.position, a.id";
constexpr const char* kItemOfMeeting = "WHERE a.meeting_id = :meeting AND a.id = :id";
constexpr const char* kUnfinishedItems =
    "WHERE a.meeting_id = :meeting AND (a.outcome IS NULL OR a.outcome <> 'done') "
    "AND NOT EXISTS (SELECT 1 FROM agenda_items c WHERE c.carried_from_id = a.id) ORDER BY a.position, a.id";
constexpr const char* kInsertAgendaItem =
    "INSERT INTO agenda_items (meeting_id, position, title, issue_id, decision_id, action_id, time_box_minutes, "
    "proposed_by, outcome, carried_from_id, created_at) VALUES (:meeting, :position, :title, :issue, :decision, "
    ":action, :time_box, :proposed_by, :outcome, :carried_from, :created) RETURNING id";
constexpr const char* kUpdateAgendaItem =
    "UPDATE agenda_items SET position = :position, title = :title, issue_id = :issue, decision_id = :decision, "
    "action_id = :action, time_box_minutes = :time_box, outcome = :outcome WHERE id = :id AND meeting_id = :meeting";
constexpr const char* kDeleteItem = "DELETE FROM agenda_items WHERE id = :id AND meeting_id = :meeting";

constexpr const char* kAttendance =
    "SELECT ma.meeting_id, ma.user_id, ma.status, u.name FROM meeting_attendance ma JOIN users u ON u.id = ma.user_id "
    "WHERE ma.meeting_id = :meeting ORDER BY u.name, ma.user_id";
constexpr const char* kDeleteAttendance =
    "DELETE FROM meeting_attendance WHERE meeting_id = :meeting AND user_id = :user";
constexpr const char* kInsertAttendance =
    "INSERT INTO meeting_attendance (meeting_id, user_id, status) VALUES (:meeting, :user, :status)";

constexpr const char* kDeleteFeed = "DELETE FROM calendar_feeds WHERE district_id = :district AND user_id = :user";
constexpr const char* kDeleteFeedsOfUser = "DELETE FROM calendar_feeds WHERE user_id = :user";
constexpr const char* kInsertFeed =
    "INSERT INTO calendar_feeds (district_id, user_id, token_hash, created_at) "
    "VALUES (:district, :user, :hash, :created)";
constexpr const char* kFeedByHash =
    "SELECT id, district_id, user_id, token_hash, created_at FROM calendar_feeds WHERE token_hash = :hash";

struct MeetingSeriesRow {
  domain::MeetingSeries s;
  OptionalColumn<std::string> until;
  OptionalColumn<int> count;
  template <class Columns>
  void bind(Columns& st) {
    st.into(s.id);
    st.into(s.districtId);
    st.into(s.bodyId);
    st.into(s.title);
    st.into(s.start);
    st.into(s.timeZone);
    st.into(s.durationMinutes);
    st.into(s.location);
    st.into(s.frequency);
    st.into(until);
    st.into(count);
    st.into(s.createdBy);
    st.into(s.createdAt);
    st.into(s.bodyName);
  }
  domain::MeetingSeries take() const {
    domain::MeetingSeries out = s;
    out.until = until.get();
    out.count = count.get();
    return out;
  }
};

struct MeetingRow {
  domain::Meeting m;
  OptionalColumn<long long> labor, management;
  template <class Columns>
  void bind(Columns& st) {
    st.into(m.id);
    st.into(m.districtId);
    st.into(m.bodyId);
    st.into(m.seriesId);
    st.into(m.date);
    st.into(m.minutes);
    st.into(labor);
    st.into(management);
    st.into(m.createdAt);
  }
  domain::Meeting take() const {
    domain::Meeting out = m;
    out.laborApprovedBy = labor.get();
    out.managementApprovedBy = management.get();
    return out;
  }
};

struct AgendaItemRow {
  domain::AgendaItem a;
  OptionalColumn<long long> issue, decision, action, carriedFrom;
  OptionalColumn<std::string> outcome;
  template <class Columns>
  void bind(Columns& st) {
    st.into(a.id);
    st.into(a.meetingId);
    st.into(a.position);
    st.into(a.title);
    st.into(issue);
    st.into(decision);
    st.into(action);
    st.into(a.timeBoxMinutes);
    st.into(a.proposedBy);
    st.into(outcome);
    st.into(carriedFrom);
    st.into(a.createdAt);
  }
  domain::AgendaItem take() const {
    domain::AgendaItem out = a;
    out.issueId = issue.get();
    out.decisionId = decision.get();
    out.actionId = action.get();
    out.outcome = outcome.get().value_or("");
    out.carriedFromId = carriedFrom.get();
    return out;
  }
};

struct AttendanceRow {
  domain::Attendance a;
  template <class Columns>
  void bind(Columns& st) {
    st.into(a.meetingId);
    st.into(a.userId);
    st.into(a.status);
    st.into(a.userName);
  }
  domain::Attendance take() const { return a; }
};

struct FeedRow {
  domain::CalendarFeed f;
  template <class Columns>
  void bind(Columns& st) {
    st.into(f.id);
    st.into(f.districtId);
    st.into(f.userId);
    st.into(f.tokenHash);
    st.into(f.createdAt);
  }
  domain::CalendarFeed take() const { return f; }
};

// The columns insert and update of an agenda item share.
struct ItemParams {
  explicit ItemParams(const domain::AgendaItem& a)
      : issue(a.issueId),
        decision(a.decisionId),
        action(a.actionId),
        outcome(a.outcome.empty() ? std::optional<std::string>() : std::optional<std::string>(a.outcome)),
        carriedFrom(a.carriedFromId) {}
  Nullable<long long> issue, decision, action;
  Nullable<std::string> outcome;
  Nullable<long long> carriedFrom;
};

}  // namespace

Result<long long> SqlMeetings::insertSeries(const domain::MeetingSeries& s) {
  return guarded("insert meeting series", [&]() -> Result<long long> {
    Nullable<std::string> until(s.until);
    Nullable<int> count(s.count);
    long long id = 0;
    sql_ << kInsertSeries, use(s.districtId), use(s.bodyId), use(s.title), use(s.start), use(s.timeZone),
        use(s.durationMinutes), use(s.location), use(s.frequency), use(until.value, until.ind),
        use(count.value, count.ind), use(s.createdBy), use(s.createdAt), into(id);
    return id;
  });
}

Result<void> SqlMeetings::fillCancellations(std::vector<domain::MeetingSeries>& series) {
  for (auto& s : series) {
    long long id = s.id;
    s.cancelled =
        selectKept<TextRow>(sql_, kCancellations, id);
  }
  return Ok{};
}

Result<domain::MeetingSeries> SqlMeetings::seriesById(long long districtId, long long bodyId, long long seriesId) {
  return guarded("meeting series by id", [&]() -> Result<domain::MeetingSeries> {
    auto rows = selectKept<MeetingSeriesRow>(sql_, std::string(kSeriesColumns) + kSeriesById, districtId, bodyId, seriesId);
    if (rows.empty()) return notFound("no such meeting series");
    ACCORD_CHECK(fillCancellations(rows));
    return rows.front();
  });
}

Result<std::vector<domain::MeetingSeries>> SqlMeetings::listSeries(long long districtId, long long bodyId) {
  return guarded("list meeting series", [&]() -> Result<std::vector<domain::MeetingSeries>> {
    auto rows = selectKept<MeetingSeriesRow>(sql_, std::string(kSeriesColumns) + kSeriesOfBody, districtId, bodyId);
    ACCORD_CHECK(fillCancellations(rows));
    return rows;
  });
}

Result<std::vector<domain::MeetingSeries>> SqlMeetings::seriesOfMember(long long districtId, long long userId) {
  return guarded("meeting series of member", [&]() -> Result<std::vector<domain::MeetingSeries>> {
    auto rows = selectKept<MeetingSeriesRow>(sql_, std::string(kSeriesColumns) + kSeriesOfMember, districtId, userId);
    ACCORD_CHECK(fillCancellations(rows));
    return rows;
  });
}

Result<void> SqlMeetings::insertCancellation(long long seriesId, const std::string& date) {
  return guarded(
      "cancel occurrence",
      [&]() -> Result<void> {
        sql_ << kInsertCancellation, use(seriesId), use(date);
        return Ok{};
      },
      conflict("this occurrence is cancelled already", "date"));
}

Result<long long> SqlMeetings::insertMeeting(const domain::Meeting& m) {
  return guarded(
      "insert meeting",
      [&]() -> Result<long long> {
        Nullable<long long> labor(m.laborApprovedBy), management(m.managementApprovedBy);
        long long id = 0;
        sql_ << kInsertMeeting, use(m.districtId), use(m.bodyId), use(m.seriesId), use(m.date), use(m.minutes),
            use(labor.value, labor.ind), use(management.value, management.ind), use(m.createdAt), into(id);
        return id;
      },
      conflict("this occurrence has its meeting already", "date"));
}

Result<domain::Meeting> SqlMeetings::meetingById(long long districtId, long long bodyId, long long meetingId) {
  return guarded("meeting by id", [&]() -> Result<domain::Meeting> {
    auto rows = selectKept<MeetingRow>(sql_, std::string(kMeetingColumns) + kMeetingById, districtId, bodyId, meetingId);
    if (rows.empty()) return notFound("no such meeting");
    return rows.front();
  });
}

Result<domain::Meeting> SqlMeetings::meetingInDistrict(long long districtId, long long meetingId) {
  return guarded("meeting in district", [&]() -> Result<domain::Meeting> {
    auto rows = selectKept<MeetingRow>(sql_, std::string(kMeetingColumns) + kMeetingInDistrict, districtId, meetingId);
    if (rows.empty()) return notFound("no such meeting");
    return rows.front();
  });
}

Result<std::optional<domain::Meeting>> SqlMeetings::meetingOn(long long seriesId, const std::string& date) {
  return guarded("meeting on", [&]() -> Result<std::optional<domain::Meeting>> {
    auto rows = selectKept<MeetingRow>(sql_, std::string(kMeetingColumns) + kMeetingOn, seriesId, date);
    if (rows.empty()) return std::optional<domain::Meeting>();
    return std::optional<domain::Meeting>(rows.front());
  });
}

Result<std::optional<domain::Meeting>> SqlMeetings::meetingBefore(long long seriesId, const std::string& date) {
  return guarded("meeting before", [&]() -> Result<std::optional<domain::Meeting>> {
    auto rows = selectKept<MeetingRow>(sql_, std::string(kMeetingColumns) + kMeetingBefore, seriesId, date);
    if (rows.empty()) return std::optional<domain::Meeting>();
    return std::optional<domain::Meeting>(rows.front());
  });
}

Result<std::vector<domain::Meeting>> SqlMeetings::meetingsOfSeries(long long seriesId) {
  return guarded("meetings of series", [&]() -> Result<std::vector<domain::Meeting>> {
    return selectKept<MeetingRow>(sql_, std::string(kMeetingColumns) + kMeetingsOfSeries, seriesId);
  });
}

Result<void> SqlMeetings::updateMeeting(const domain::Meeting& m) {
  return guarded("update meeting", [&]() -> Result<void> {
    Nullable<long long> labor(m.laborApprovedBy), management(m.managementApprovedBy);
    sql_ << kUpdateMeeting, use(m.minutes), use(labor.value, labor.ind), use(management.value, management.ind),
        use(m.id), use(m.districtId);
    return Ok{};
  });
}

Result<std::vector<domain::AgendaItem>> SqlMeetings::agenda(long long meetingId) {
  return guarded("agenda", [&]() -> Result<std::vector<domain::AgendaItem>> {
    return selectKept<AgendaItemRow>(sql_, std::string(kAgendaItemColumns) + kItemsOfMeeting, meetingId);
  });
}

Result<domain::AgendaItem> SqlMeetings::item(long long meetingId, long long itemId) {
  return guarded("agenda item", [&]() -> Result<domain::AgendaItem> {
    auto rows = selectKept<AgendaItemRow>(sql_, std::string(kAgendaItemColumns) + kItemOfMeeting, meetingId, itemId);
    if (rows.empty()) return notFound("no such agenda item");
    return rows.front();
  });
}

Result<std::map<long long, long long>> SqlMeetings::confidentialItems(
    long long districtId, const std::vector<std::pair<long long, long long>>& meetingAndItem) {
  return guarded("confidential agenda items", [&]() -> Result<std::map<long long, long long>> {
    std::map<long long, long long> out;
    if (meetingAndItem.empty()) return out;
    // The ids come from the audit log's own entries, not from a request; the text differs by them,
    // so it is prepared for this call only.
    std::string text = kConfidentialItems;
    for (std::size_t i = 0; i < meetingAndItem.size(); ++i)
      text += (i ? ", " : "") + std::to_string(meetingAndItem[i].second);
    text += ")";
    std::set<std::pair<long long, long long>> asked(meetingAndItem.begin(), meetingAndItem.end());
    auto rows = selectAll<ItemBodyRow>(sql_, text, [&](soci::statement& st) { st.exchange(use(districtId)); });
    for (const auto& [item, meeting, body] : rows)
      if (asked.count({meeting, item})) out[item] = body;
    return out;
  });
}

Result<std::vector<domain::AgendaItem>> SqlMeetings::unfinishedItems(long long meetingId) {
  return guarded("unfinished agenda items", [&]() -> Result<std::vector<domain::AgendaItem>> {
    return selectKept<AgendaItemRow>(sql_, std::string(kAgendaItemColumns) + kUnfinishedItems, meetingId);
  });
}

Result<long long> SqlMeetings::insertItem(const domain::AgendaItem& a) {
  return guarded("insert agenda item", [&]() -> Result<long long> {
    ItemParams p(a);
    long long id = 0;
    sql_ << kInsertAgendaItem, use(a.meetingId), use(a.position), use(a.title), use(p.issue.value, p.issue.ind),
        use(p.decision.value, p.decision.ind), use(p.action.value, p.action.ind), use(a.timeBoxMinutes),
        use(a.proposedBy), use(p.outcome.value, p.outcome.ind), use(p.carriedFrom.value, p.carriedFrom.ind),
        use(a.createdAt), into(id);
    return id;
  });
}

Result<void> SqlMeetings::updateItem(const domain::AgendaItem& a) {
  return guarded("update agenda item", [&]() -> Result<void> {
    ItemParams p(a);
    sql_ << kUpdateAgendaItem, use(a.position), use(a.title), use(p.issue.value, p.issue.ind),
        use(p.decision.value, p.decision.ind), use(p.action.value, p.action.ind), use(a.timeBoxMinutes),
        use(p.outcome.value, p.outcome.ind), use(a.id), use(a.meetingId);
    return Ok{};
  });
}

Result<void> SqlMeetings::deleteItem(long long meetingId, long long itemId) {
  return guarded("delete agenda item", [&]() -> Result<void> {
    sql_ << kDeleteItem, use(itemId), use(meetingId);
    return Ok{};
  });
}

Result<std::vector<domain::Attendance>> SqlMeetings::attendance(long long meetingId) {
  return guarded("attendance", [&]() -> Result<std::vector<domain::Attendance>> {
    return selectKept<AttendanceRow>(sql_, kAttendance, meetingId);
  });
}

Result<void> SqlMeetings::setAttendance(const domain::Attendance& a) {
  return guarded("set attendance", [&]() -> Result<void> {
    sql_ << kDeleteAttendance, use(a.meetingId), use(a.userId);
    sql_ << kInsertAttendance, use(a.meetingId), use(a.userId), use(a.status);
    return Ok{};
  });
}

Result<void> SqlMeetings::replaceFeed(const domain::CalendarFeed& f) {
  return guarded("replace calendar feed", [&]() -> Result<void> {
    sql_ << kDeleteFeed, use(f.districtId), use(f.userId);
    sql_ << kInsertFeed, use(f.districtId), use(f.userId), use(f.tokenHash), use(f.createdAt);
    return Ok{};
  });
}

Result<bool> SqlMeetings::deleteFeed(long long districtId, long long userId) {
  return guarded("delete calendar feed", [&]() -> Result<bool> {
    soci::statement st = (sql_.prepare << kDeleteFeed, use(districtId), use(userId));
    st.execute(true);
    return st.get_affected_rows() > 0;
  });
}

Result<void> SqlMeetings::deleteFeedsOfUser(long long userId) {
  return guarded("delete calendar feeds of user", [&]() -> Result<void> {
    sql_ << kDeleteFeedsOfUser, use(userId);
    return Ok{};
  });
}

Result<domain::CalendarFeed> SqlMeetings::feedByTokenHash(const std::string& tokenHash) {
  return guarded("calendar feed by token", [&]() -> Result<domain::CalendarFeed> {
    auto rows = selectKept<FeedRow>(sql_, kFeedByHash, tokenHash);
    if (rows.empty()) return notFound("no such calendar feed");
    return rows.front();
  });
}

}  // namespace accord::store
