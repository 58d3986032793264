#pragma once
// Network events: conferences and retreats that district teams attend together, with the
// follow-through that makes them count: a signed pledge, a district action plan brought home
// as action items, check-ins 30, 90 and 180 days after the event, and a post-event survey.
// Events belong to the installation, not to a district; a district's team, plan and check-ins
// belong to that district and its event's organizers.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

bool isEventKind(std::string_view kind);            // conference, retreat
bool isGoalStatus(std::string_view status);         // not_started, in_progress, done, stalled
const std::vector<std::string>& eventSurveyItems();  // each answered 1–5

struct Event {
  long long id = 0;
  std::string title;
  std::string kind = "conference";
  std::string startsOn;  // YYYY-MM-DD
  std::string endsOn;    // YYYY-MM-DD, not before startsOn
  std::string place;
  std::string description;
  int teamCapacity = 1;  // registered teams; further teams wait in line
  std::string pledge;    // what each team member signs
  bool registrationOpen = true;
  long long createdBy = 0;
  UnixSeconds createdAt = 0;
  UnixSeconds updatedAt = 0;
};

struct Organizer {
  long long userId = 0;
  std::string name;
  std::string email;
};

struct PresentingDistrict {
  long long districtId = 0;
  std::string name;
};

struct EventSession {
  long long id = 0;
  long long eventId = 0;
  std::string title;
  std::string startsAt;  // YYYY-MM-DDTHH:MM, the event's local time
  std::string room;
  std::vector<PresentingDistrict> presenters;
};

struct TeamMember {
  long long userId = 0;
  std::string name;
  std::string role;  // in the district
  std::string side;
  std::optional<UnixSeconds> signedAt;  // when they signed the pledge themself
};

// registered: holds one of the event's places; waitlisted: waits in line (queueNumber order);
// withdrawn: gave its place up.
struct Team {
  long long id = 0;
  long long eventId = 0;
  long long districtId = 0;
  std::string districtName;
  std::string status = "registered";
  long long queueNumber = 0;
  long long registeredBy = 0;
  UnixSeconds createdAt = 0;
  std::vector<TeamMember> members;
  int waitlistPosition = 0;  // 1 for the first team in line; 0 unless waitlisted

  bool fullySigned() const;
  const TeamMember* member(long long userId) const;
};

struct PlanGoal {
  long long id = 0;
  long long teamId = 0;
  std::string text;
  long long ownerId = 0;
  std::string ownerName;
  std::string dueDate;  // YYYY-MM-DD
  std::optional<long long> actionItemId;  // set once the goal is brought home
  long long createdBy = 0;
  UnixSeconds createdAt = 0;
};

struct GoalProgress {
  long long goalId = 0;
  std::string status;  // not_started, in_progress, done, stalled
  std::string note;
};

struct CheckIn {
  long long id = 0;
  long long teamId = 0;
  int milestone = 30;  // days after the event ends: 30, 90 or 180
  long long reportedBy = 0;
  std::string reporterName;
  UnixSeconds reportedAt = 0;
  std::vector<GoalProgress> progress;
};

// One survey response: answers 1–5 per item and a comment, kept without the person.
struct EventSurveyResponse {
  std::map<std::string, int> answers;
  std::string comment;
};

class EventRepository {
 public:
  virtual ~EventRepository() = default;

  virtual Result<long long> insert(const Event& event) = 0;
  virtual Result<void> update(const Event& event) = 0;
  virtual Result<Event> byId(long long eventId) = 0;
  // Soonest first.
  virtual Result<std::vector<Event>> list(int limit) = 0;

  virtual Result<std::vector<Organizer>> organizers(long long eventId) = 0;
  virtual Result<bool> isOrganizer(long long eventId, long long userId) = 0;
  virtual Result<void> addOrganizer(long long eventId, long long userId) = 0;  // kConflict when already one
  virtual Result<void> removeOrganizer(long long eventId, long long userId) = 0;

  virtual Result<std::vector<EventSession>> sessions(long long eventId) = 0;
  virtual Result<EventSession> session(long long eventId, long long sessionId) = 0;
  virtual Result<long long> insertSession(const EventSession& session) = 0;
  virtual Result<void> updateSession(const EventSession& session) = 0;
  virtual Result<void> removeSession(long long eventId, long long sessionId) = 0;

  // Teams with their members; waitlistPosition filled.
  virtual Result<std::vector<Team>> teams(long long eventId) = 0;
  virtual Result<Team> team(long long eventId, long long teamId) = 0;
  virtual Result<std::optional<Team>> teamOfDistrict(long long eventId, long long districtId) = 0;
  // The registered teams, across events, in which the person sits.
  virtual Result<std::vector<Team>> teamsWithMember(long long userId) = 0;
  virtual Result<int> registeredCount(long long eventId) = 0;
  // Holds the event until the transaction ends, so that changes to its line of teams queue.
  virtual Result<void> lockTeams(long long eventId) = 0;
  // Inserts the team and its members, at the end of the event's line.
  virtual Result<long long> insertTeam(const Team& team) = 0;
  virtual Result<void> removeTeam(long long teamId) = 0;
  virtual Result<void> setTeamStatus(long long teamId, const std::string& status, UnixSeconds at) = 0;
  // The first waitlisted team in line, if any.
  virtual Result<std::optional<long long>> firstWaitlisted(long long eventId) = 0;
  virtual Result<void> signPledge(long long teamId, long long userId, UnixSeconds at) = 0;

  virtual Result<std::vector<PlanGoal>> goals(long long teamId) = 0;
  virtual Result<PlanGoal> goal(long long teamId, long long goalId) = 0;
  virtual Result<long long> insertGoal(const PlanGoal& goal) = 0;
  virtual Result<void> updateGoal(const PlanGoal& goal) = 0;
  virtual Result<void> removeGoal(long long teamId, long long goalId) = 0;

  virtual Result<std::vector<CheckIn>> checkIns(long long teamId) = 0;
  // kConflict when the team reported this milestone already.
  virtual Result<long long> insertCheckIn(const CheckIn& checkIn) = 0;

  virtual Result<bool> hasAnsweredSurvey(long long eventId, long long userId) = 0;
  // Records that the person answered (kConflict the second time) and, apart from it, the answers.
  virtual Result<void> insertSurveyResponse(long long eventId, long long userId,
                                            const EventSurveyResponse& response) = 0;
  virtual Result<std::vector<EventSurveyResponse>> surveyResponses(long long eventId) = 0;
};

}  // namespace accord::domain
