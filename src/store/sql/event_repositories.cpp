#include "store/sql/event_repositories.hpp"

#include <map>

#include "store/sql/errors.hpp"
#include "store/sql/kept_statements.hpp"
#include "store/sql/random_id.hpp"
#include "store/sql/rows.hpp"

namespace accord::store {

using soci::into;
using soci::use;

namespace {

constexpr const char* kInsertEvent =
    "INSERT INTO events (title, kind, starts_on, ends_on, place, description, team_capacity, pledge, "
    "registration_open, created_by, created_at, updated_at) VALUES (:title, :kind, :starts, :ends, :place, "
    ":description, :capacity, :pledge, :open, :by, :created, :updated) RETURNING id";
constexpr const char* kUpdateEvent =
    "UPDATE events SET title = :title, kind = :kind, starts_on = :starts, ends_on = :ends, place = :place, "
    "description = :description, team_capacity = :capacity, pledge = :pledge, registration_open = :open, "
    "updated_at = :updated WHERE id = :id";
constexpr const char* kEventColumns =
    "SELECT id, title, kind, starts_on, ends_on, place, description, team_capacity, pledge, registration_open, "
    "created_by, created_at, updated_at FROM events ";
constexpr const char* kEventById = "WHERE id = :id";
constexpr const char* kEventsSoonestFirst = "ORDER BY starts_on, id LIMIT :limit";
// A write to the row, so that PostgreSQL holds its lock until the transaction ends.
constexpr const char* kLockEvent = "UPDATE events SET team_capacity = team_capacity WHERE id = :id";

constexpr const char* kOrganizers =
    "SELECT u.id, u.name, u.email FROM event_organizers o JOIN users u ON u.id = o.user_id "
    "WHERE o.event_id = :event ORDER BY u.name, u.id";
constexpr const char* kIsOrganizer = "SELECT COUNT(*) FROM event_organizers WHERE event_id = :event AND user_id = :user";
constexpr const char* kAddOrganizer = "INSERT INTO event_organizers (event_id, user_id) VALUES (:event, :user)";
constexpr const char* kRemoveOrganizer = "DELETE FROM event_organizers WHERE event_id = :event AND user_id = :user";

constexpr const char* kSessionColumns = "SELECT id, event_id, title, starts_at, room FROM event_sessions ";
constexpr const char* kSessionsOfEvent = "WHERE event_id = :event ORDER BY starts_at, id";
constexpr const char* kSessionById = "WHERE event_id = :event AND id = :id";
constexpr const char* kPresentersOfEvent =
    "SELECT sd.session_id, d.id, d.name FROM event_session_districts sd JOIN districts d ON d.id = sd.district_id "
    "JOIN event_sessions s ON s.id = sd.session_id WHERE s.event_id = :event ORDER BY d.name, d.id";
constexpr const char* kInsertEventSession =
    "INSERT INTO event_sessions (event_id, title, starts_at, room) VALUES (:event, :title, :starts, :room) "
    "RETURNING id";
constexpr const char* kUpdateSession =
    "UPDATE event_sessions SET title = :title, starts_at = :starts, room = :room WHERE id = :id AND event_id = :event";
constexpr const char* kClearPresenters = "DELETE FROM event_session_districts WHERE session_id = :session";
constexpr const char* kAddPresenter =
    "INSERT INTO event_session_districts (session_id, district_id) VALUES (:session, :district)";
constexpr const char* kRemoveSession = "DELETE FROM event_sessions WHERE event_id = :event AND id = :id";

constexpr const char* kTeamColumns =
    "SELECT t.id, t.event_id, t.district_id, d.name, t.status, t.queue_number, t.registered_by, t.created_at "
    "FROM event_teams t JOIN districts d ON d.id = t.district_id ";
constexpr const char* kTeamsOfEvent = "WHERE t.event_id = :event ORDER BY t.queue_number";
constexpr const char* kTeamById = "WHERE t.event_id = :event AND t.id = :id";
constexpr const char* kTeamOfDistrict = "WHERE t.event_id = :event AND t.district_id = :district";
constexpr const char* kTeamsWithMember =
    "WHERE t.status = 'registered' AND t.id IN (SELECT team_id FROM event_team_members WHERE user_id = :user) "
    "ORDER BY t.event_id, t.id";
constexpr const char* kTeamMembers =
    "SELECT m.user_id, u.name, COALESCE(ms.role, ''), COALESCE(ms.side, ''), m.signed_at "
    "FROM event_team_members m JOIN users u ON u.id = m.user_id JOIN event_teams t ON t.id = m.team_id "
    "LEFT JOIN memberships ms ON ms.district_id = t.district_id AND ms.user_id = m.user_id "
    "WHERE m.team_id = :team ORDER BY u.name, m.user_id";
constexpr const char* kWaitlistPosition =
    "SELECT COUNT(*) FROM event_teams WHERE event_id = :event AND status = 'waitlisted' AND queue_number <= :number";
constexpr const char* kRegisteredCount =
    "SELECT COUNT(*) FROM event_teams WHERE event_id = :event AND status = 'registered'";
constexpr const char* kNextQueueNumber =
    "SELECT COALESCE(MAX(queue_number), 0) + 1 FROM event_teams WHERE event_id = :event";
constexpr const char* kInsertTeam =
    "INSERT INTO event_teams (event_id, district_id, status, queue_number, registered_by, created_at, updated_at) "
    "VALUES (:event, :district, :status, :number, :by, :created, :updated) RETURNING id";
constexpr const char* kInsertTeamMember = "INSERT INTO event_team_members (team_id, user_id) VALUES (:team, :user)";
constexpr const char* kRemoveTeam = "DELETE FROM event_teams WHERE id = :id";
constexpr const char* kSetTeamStatus = "UPDATE event_teams SET status = :status, updated_at = :at WHERE id = :id";
constexpr const char* kFirstWaitlisted =
    "SELECT id FROM event_teams WHERE event_id = :event AND status = 'waitlisted' ORDER BY queue_number LIMIT 1";
constexpr const char* kSignPledge =
    "UPDATE event_team_members SET signed_at = :at WHERE team_id = :team AND user_id = :user AND signed_at IS NULL";

constexpr const char* kGoalColumns =
    "SELECT g.id, g.team_id, g.text, g.owner_id, u.name, g.due_date, g.action_item_id, g.created_by, g.created_at "
    "FROM event_plan_goals g JOIN users u ON u.id = g.owner_id ";
constexpr const char* kGoalsOfTeam = "WHERE g.team_id = :team ORDER BY g.id";
constexpr const char* kGoalById = "WHERE g.team_id = :team AND g.id = :id";
constexpr const char* kInsertGoal =
    "INSERT INTO event_plan_goals (team_id, text, owner_id, due_date, action_item_id, created_by, created_at) "
    "VALUES (:team, :text, :owner, :due, :item, :by, :created) RETURNING id";
constexpr const char* kUpdateGoal =
    "UPDATE event_plan_goals SET text = :text, owner_id = :owner, due_date = :due, action_item_id = :item "
    "WHERE id = :id AND team_id = :team";
constexpr const char* kRemoveGoal = "DELETE FROM event_plan_goals WHERE team_id = :team AND id = :id";

constexpr const char* kCheckInsOfTeam =
    "SELECT c.id, c.team_id, c.milestone, c.reported_by, u.name, c.reported_at FROM event_check_ins c "
    "JOIN users u ON u.id = c.reported_by WHERE c.team_id = :team ORDER BY c.milestone";
constexpr const char* kProgressOfTeam =
    "SELECT p.check_in_id, p.goal_id, p.status, p.note FROM event_check_in_goals p "
    "JOIN event_check_ins c ON c.id = p.check_in_id WHERE c.team_id = :team ORDER BY p.goal_id";
constexpr const char* kInsertCheckIn =
    "INSERT INTO event_check_ins (team_id, milestone, reported_by, reported_at) "
    "VALUES (:team, :milestone, :by, :at) RETURNING id";
constexpr const char* kInsertProgress =
    "INSERT INTO event_check_in_goals (check_in_id, goal_id, status, note) VALUES (:checkin, :goal, :status, :note)";

constexpr const char* kHasAnswered =
    "SELECT COUNT(*) FROM event_survey_participation WHERE event_id = :event AND user_id = :user";
constexpr const char* kInsertParticipation =
    "INSERT INTO event_survey_participation (event_id, user_id) VALUES (:event, :user)";
// Neither the person nor a time: only a random id, the event and the comment.
constexpr const char* kInsertEventResponse =
    "INSERT INTO event_survey_responses (id, event_id, comment) VALUES (:id, :event, :comment)";
constexpr const char* kInsertEventAnswer =
    "INSERT INTO event_survey_answers (response_id, item, value) VALUES (:response, :item, :value)";
constexpr const char* kResponsesOfEvent = "SELECT id, comment FROM event_survey_responses WHERE event_id = :event ORDER BY id";
constexpr const char* kAnswersOfEvent =
    "SELECT a.response_id, a.item, a.value FROM event_survey_answers a "
    "JOIN event_survey_responses r ON r.id = a.response_id WHERE r.event_id = :event";

struct NetworkEventRow {
  domain::Event e;
  int open = 0;
  template <class Columns>
  void bind(Columns& st) {
    st.into(e.id);
    st.into(e.title);
    st.into(e.kind);
    st.into(e.startsOn);
    st.into(e.endsOn);
    st.into(e.place);
    st.into(e.description);
    st.into(e.teamCapacity);
    st.into(e.pledge);
    st.into(open);
    st.into(e.createdBy);
    st.into(e.createdAt);
    st.into(e.updatedAt);
  }
  domain::Event take() const {
    domain::Event out = e;
    out.registrationOpen = open != 0;
    return out;
  }
};

struct OrganizerRow {
  domain::Organizer o;
  template <class Columns>
  void bind(Columns& st) {
    st.into(o.userId);
    st.into(o.name);
    st.into(o.email);
  }
  domain::Organizer take() const { return o; }
};

struct SessionRow {
  domain::EventSession s;
  template <class Columns>
  void bind(Columns& st) {
    st.into(s.id);
    st.into(s.eventId);
    st.into(s.title);
    st.into(s.startsAt);
    st.into(s.room);
  }
  domain::EventSession take() const { return s; }
};

struct PresenterRow {
  long long sessionId = 0;
  domain::PresentingDistrict p;
  template <class Columns>
  void bind(Columns& st) {
    st.into(sessionId);
    st.into(p.districtId);
    st.into(p.name);
  }
  std::pair<long long, domain::PresentingDistrict> take() const { return {sessionId, p}; }
};

struct TeamRow {
  domain::Team t;
  template <class Columns>
  void bind(Columns& st) {
    st.into(t.id);
    st.into(t.eventId);
    st.into(t.districtId);
    st.into(t.districtName);
    st.into(t.status);
    st.into(t.queueNumber);
    st.into(t.registeredBy);
    st.into(t.createdAt);
  }
  domain::Team take() const { return t; }
};

struct TeamMemberRow {
  domain::TeamMember m;
  OptionalColumn<long long> signedAt;
  template <class Columns>
  void bind(Columns& st) {
    st.into(m.userId);
    st.into(m.name);
    st.into(m.role);
    st.into(m.side);
    st.into(signedAt);
  }
  domain::TeamMember take() const {
    domain::TeamMember out = m;
    out.signedAt = signedAt.get();
    return out;
  }
};

struct GoalRow {
  domain::PlanGoal g;
  OptionalColumn<long long> item;
  template <class Columns>
  void bind(Columns& st) {
    st.into(g.id);
    st.into(g.teamId);
    st.into(g.text);
    st.into(g.ownerId);
    st.into(g.ownerName);
    st.into(g.dueDate);
    st.into(item);
    st.into(g.createdBy);
    st.into(g.createdAt);
  }
  domain::PlanGoal take() const {
    domain::PlanGoal out = g;
    out.actionItemId = item.get();
    return out;
  }
};

struct CheckInRow {
  domain::CheckIn c;
  template <class Columns>
  void bind(Columns& st) {
    st.into(c.id);
    st.into(c.teamId);
    st.into(c.milestone);
    st.into(c.reportedBy);
    st.into(c.reporterName);
    st.into(c.reportedAt);
  }
  domain::CheckIn take() const { return c; }
};

struct ProgressRow {
  long long checkInId = 0;
  domain::GoalProgress p;
  template <class Columns>
  void bind(Columns& st) {
    st.into(checkInId);
    st.into(p.goalId);
    st.into(p.status);
    st.into(p.note);
  }
  std::pair<long long, domain::GoalProgress> take() const { return {checkInId, p}; }
};

struct EventAnswerRow {
  long long responseId = 0;
  std::string item;
  int value = 0;
  template <class Columns>
  void bind(Columns& st) {
    st.into(responseId);
    st.into(item);
    st.into(value);
  }
  EventAnswerRow take() const { return *this; }
};

}  // namespace

Result<long long> SqlEvents::insert(const domain::Event& e) {
  return guarded("insert event", [&]() -> Result<long long> {
    long long id = 0;
    int open = e.registrationOpen ? 1 : 0;
    sql_ << kInsertEvent, use(e.title), use(e.kind), use(e.startsOn), use(e.endsOn), use(e.place),
        use(e.description), use(e.teamCapacity), use(e.pledge), use(open), use(e.createdBy), use(e.createdAt),
        use(e.updatedAt), into(id);
    return id;
  });
}

Result<void> SqlEvents::update(const domain::Event& e) {
  return guarded("update event", [&]() -> Result<void> {
    int open = e.registrationOpen ? 1 : 0;
    sql_ << kUpdateEvent, use(e.title), use(e.kind), use(e.startsOn), use(e.endsOn), use(e.place),
        use(e.description), use(e.teamCapacity), use(e.pledge), use(open), use(e.updatedAt), use(e.id);
    return Ok{};
  });
}

Result<domain::Event> SqlEvents::byId(long long eventId) {
  return guarded("event by id", [&]() -> Result<domain::Event> {
    auto rows = selectKept<NetworkEventRow>(sql_, std::string(kEventColumns) + kEventById, eventId);
    if (rows.empty()) return notFound("no such event");
    return rows.front();
  });
}

Result<std::vector<domain::Event>> SqlEvents::list(int limit) {
  return guarded("list events", [&]() -> Result<std::vector<domain::Event>> {
    return selectKept<NetworkEventRow>(sql_, std::string(kEventColumns) + kEventsSoonestFirst, limit);
  });
}

Result<std::vector<domain::Organizer>> SqlEvents::organizers(long long eventId) {
  return guarded("event organizers", [&]() -> Result<std::vector<domain::Organizer>> {
    return selectKept<OrganizerRow>(sql_, kOrganizers, eventId);
  });
}

Result<bool> SqlEvents::isOrganizer(long long eventId, long long userId) {
  return guarded("is organizer", [&]() -> Result<bool> {
    long long count = 0;
    sql_ << kIsOrganizer, use(eventId), use(userId), into(count);
    return count > 0;
  });
}

Result<void> SqlEvents::addOrganizer(long long eventId, long long userId) {
  return guarded(
      "add organizer",
      [&]() -> Result<void> {
        sql_ << kAddOrganizer, use(eventId), use(userId);
        return Ok{};
      },
      conflict("already an organizer"));
}

Result<void> SqlEvents::removeOrganizer(long long eventId, long long userId) {
  return guarded("remove organizer", [&]() -> Result<void> {
    sql_ << kRemoveOrganizer, use(eventId), use(userId);
    return Ok{};
  });
}

Result<std::vector<domain::EventSession>> SqlEvents::sessions(long long eventId) {
  return guarded("event sessions", [&]() -> Result<std::vector<domain::EventSession>> {
    auto sessions = selectKept<SessionRow>(sql_, std::string(kSessionColumns) + kSessionsOfEvent, eventId);
    auto presenters = selectKept<PresenterRow>(sql_, kPresentersOfEvent, eventId);
    for (auto& s : sessions)
      for (const auto& [sessionId, p] : presenters)
        if (sessionId == s.id) s.presenters.push_back(p);
    return sessions;
  });
}

Result<domain::EventSession> SqlEvents::session(long long eventId, long long sessionId) {
  ACCORD_TRY(auto all, sessions(eventId));
  for (auto& s : all)
    if (s.id == sessionId) return s;
  return notFound("no such session");
}

Result<long long> SqlEvents::insertSession(const domain::EventSession& s) {
  return guarded("insert event session", [&]() -> Result<long long> {
    long long id = 0;
    sql_ << kInsertEventSession, use(s.eventId), use(s.title), use(s.startsAt), use(s.room), into(id);
    for (const auto& p : s.presenters) sql_ << kAddPresenter, use(id), use(p.districtId);
    return id;
  });
}

Result<void> SqlEvents::updateSession(const domain::EventSession& s) {
  return guarded("update event session", [&]() -> Result<void> {
    sql_ << kUpdateSession, use(s.title), use(s.startsAt), use(s.room), use(s.id), use(s.eventId);
    sql_ << kClearPresenters, use(s.id);
    for (const auto& p : s.presenters) sql_ << kAddPresenter, use(s.id), use(p.districtId);
    return Ok{};
  });
}

Result<void> SqlEvents::removeSession(long long eventId, long long sessionId) {
  return guarded("remove event session", [&]() -> Result<void> {
    sql_ << kRemoveSession, use(eventId), use(sessionId);
    return Ok{};
  });
}

Result<std::vector<domain::Team>> SqlEvents::withMembers(std::vector<domain::Team> teams) {
  for (auto& t : teams) {
    long long teamId = t.id;
    t.members = selectKept<TeamMemberRow>(sql_, kTeamMembers, teamId);
    if (t.status == "waitlisted") {
      long long position = 0;
      sql_ << kWaitlistPosition, use(t.eventId), use(t.queueNumber), into(position);
      t.waitlistPosition = static_cast<int>(position);
    }
  }
  return teams;
}

Result<std::vector<domain::Team>> SqlEvents::teams(long long eventId) {
  return guarded("event teams", [&]() -> Result<std::vector<domain::Team>> {
    return withMembers(selectKept<TeamRow>(sql_, std::string(kTeamColumns) + kTeamsOfEvent, eventId));
  });
}

Result<domain::Team> SqlEvents::team(long long eventId, long long teamId) {
  return guarded("event team", [&]() -> Result<domain::Team> {
    ACCORD_TRY(auto rows,
               withMembers(selectKept<TeamRow>(sql_, std::string(kTeamColumns) + kTeamById, eventId, teamId)));
    if (rows.empty()) return notFound("no such team");
    return rows.front();
  });
}

Result<std::optional<domain::Team>> SqlEvents::teamOfDistrict(long long eventId, long long districtId) {
  return guarded("event team of district", [&]() -> Result<std::optional<domain::Team>> {
    ACCORD_TRY(auto rows, withMembers(selectKept<TeamRow>(sql_, std::string(kTeamColumns) + kTeamOfDistrict,
                                                          eventId, districtId)));
    if (rows.empty()) return std::optional<domain::Team>();
    return std::optional<domain::Team>(rows.front());
  });
}

Result<std::vector<domain::Team>> SqlEvents::teamsWithMember(long long userId) {
  return guarded("teams with member", [&]() -> Result<std::vector<domain::Team>> {
    return withMembers(selectKept<TeamRow>(sql_, std::string(kTeamColumns) + kTeamsWithMember, userId));
  });
}

Result<int> SqlEvents::registeredCount(long long eventId) {
  return guarded("registered teams", [&]() -> Result<int> {
    long long count = 0;
    sql_ << kRegisteredCount, use(eventId), into(count);
    return static_cast<int>(count);
  });
}

Result<void> SqlEvents::lockTeams(long long eventId) {
  return guarded("lock event", [&]() -> Result<void> {
    sql_ << kLockEvent, use(eventId);
    return Ok{};
  });
}

Result<long long> SqlEvents::insertTeam(const domain::Team& t) {
  return guarded(
      "insert event team",
      [&]() -> Result<long long> {
        long long number = 0, id = 0;
        sql_ << kNextQueueNumber, use(t.eventId), into(number);
        sql_ << kInsertTeam, use(t.eventId), use(t.districtId), use(t.status), use(number), use(t.registeredBy),
            use(t.createdAt), use(t.createdAt), into(id);
        for (const auto& m : t.members) sql_ << kInsertTeamMember, use(id), use(m.userId);
        return id;
      },
      conflict("the district has a team for this event already"));
}

Result<void> SqlEvents::removeTeam(long long teamId) {
  return guarded("remove event team", [&]() -> Result<void> {
    sql_ << kRemoveTeam, use(teamId);
    return Ok{};
  });
}

Result<void> SqlEvents::setTeamStatus(long long teamId, const std::string& status, UnixSeconds at) {
  return guarded("set event team status", [&]() -> Result<void> {
    sql_ << kSetTeamStatus, use(status), use(at), use(teamId);
    return Ok{};
  });
}

Result<std::optional<long long>> SqlEvents::firstWaitlisted(long long eventId) {
  return guarded("first waitlisted team", [&]() -> Result<std::optional<long long>> {
    long long id = 0;
    sql_ << kFirstWaitlisted, use(eventId), into(id);
    if (!sql_.got_data()) return std::optional<long long>();
    return std::optional<long long>(id);
  });
}

Result<void> SqlEvents::signPledge(long long teamId, long long userId, UnixSeconds at) {
  return guarded("sign pledge", [&]() -> Result<void> {
    sql_ << kSignPledge, use(at), use(teamId), use(userId);
    return Ok{};
  });
}

Result<std::vector<domain::PlanGoal>> SqlEvents::goals(long long teamId) {
  return guarded("plan goals", [&]() -> Result<std::vector<domain::PlanGoal>> {
    return selectKept<GoalRow>(sql_, std::string(kGoalColumns) + kGoalsOfTeam, teamId);
  });
}

Result<domain::PlanGoal> SqlEvents::goal(long long teamId, long long goalId) {
  return guarded("plan goal", [&]() -> Result<domain::PlanGoal> {
    auto rows = selectKept<GoalRow>(sql_, std::string(kGoalColumns) + kGoalById, teamId, goalId);
    if (rows.empty()) return notFound("no such goal");
    return rows.front();
  });
}

Result<long long> SqlEvents::insertGoal(const domain::PlanGoal& g) {
  return guarded("insert plan goal", [&]() -> Result<long long> {
    long long id = 0;
    Nullable<long long> item(g.actionItemId);
    sql_ << kInsertGoal, use(g.teamId), use(g.text), use(g.ownerId), use(g.dueDate), use(item.value, item.ind),
        use(g.createdBy), use(g.createdAt), into(id);
    return id;
  });
}

Result<void> SqlEvents::updateGoal(const domain::PlanGoal& g) {
  return guarded("update plan goal", [&]() -> Result<void> {
    Nullable<long long> item(g.actionItemId);
    sql_ << kUpdateGoal, use(g.text), use(g.ownerId), use(g.dueDate), use(item.value, item.ind), use(g.id),
        use(g.teamId);
    return Ok{};
  });
}

Result<void> SqlEvents::removeGoal(long long teamId, long long goalId) {
  return guarded("remove plan goal", [&]() -> Result<void> {
    sql_ << kRemoveGoal, use(teamId), use(goalId);
    return Ok{};
  });
}

Result<std::vector<domain::CheckIn>> SqlEvents::checkIns(long long teamId) {
  return guarded("check-ins", [&]() -> Result<std::vector<domain::CheckIn>> {
    auto checkIns = selectKept<CheckInRow>(sql_, kCheckInsOfTeam, teamId);
    auto progress = selectKept<ProgressRow>(sql_, kProgressOfTeam, teamId);
    for (auto& c : checkIns)
      for (const auto& [checkInId, p] : progress)
        if (checkInId == c.id) c.progress.push_back(p);
    return checkIns;
  });
}

Result<long long> SqlEvents::insertCheckIn(const domain::CheckIn& c) {
  return guarded(
      "insert check-in",
      [&]() -> Result<long long> {
        long long id = 0;
        sql_ << kInsertCheckIn, use(c.teamId), use(c.milestone), use(c.reportedBy), use(c.reportedAt), into(id);
        for (const auto& p : c.progress) sql_ << kInsertProgress, use(id), use(p.goalId), use(p.status), use(p.note);
        return id;
      },
      conflict("the team has reported this check-in already"));
}

Result<bool> SqlEvents::hasAnsweredSurvey(long long eventId, long long userId) {
  return guarded("has answered event survey", [&]() -> Result<bool> {
    long long count = 0;
    sql_ << kHasAnswered, use(eventId), use(userId), into(count);
    return count > 0;
  });
}

Result<void> SqlEvents::insertSurveyResponse(long long eventId, long long userId,
                                             const domain::EventSurveyResponse& response) {
  ACCORD_TRY(bool answered, hasAnsweredSurvey(eventId, userId));
  if (answered) return conflict("you have answered this survey already");
  ACCORD_CHECK(guarded(
      "event survey participation",
      [&]() -> Result<void> {
        sql_ << kInsertParticipation, use(eventId), use(userId);
        return Ok{};
      },
      conflict("you have answered this survey already")));
  return guarded(
      "insert event survey response",
      [&]() -> Result<void> {
        long long id = randomResponseId();
        sql_ << kInsertEventResponse, use(id), use(eventId), use(response.comment);
        for (const auto& [item, value] : response.answers) sql_ << kInsertEventAnswer, use(id), use(item), use(value);
        return Ok{};
      },
      // Two random ids alike: the transaction rolls back and the same answer can be sent again.
      Error{ErrorCode::kUnavailable, "the response could not be stored; send it again", {},
            "random event survey response id taken"});
}

Result<std::vector<domain::EventSurveyResponse>> SqlEvents::surveyResponses(long long eventId) {
  return guarded("event survey responses", [&]() -> Result<std::vector<domain::EventSurveyResponse>> {
    auto responses = selectKept<IdTextRow>(sql_, kResponsesOfEvent, eventId);
    auto answers = selectKept<EventAnswerRow>(sql_, kAnswersOfEvent, eventId);
    std::map<long long, domain::EventSurveyResponse> byId;
    for (const auto& [id, comment] : responses) byId[id].comment = comment;
    for (const auto& a : answers) byId[a.responseId].answers[a.item] = a.value;
    std::vector<domain::EventSurveyResponse> out;
    for (auto& [id, r] : byId) out.push_back(std::move(r));
    return out;
  });
}

}  // namespace accord::store
