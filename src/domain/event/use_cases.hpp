#pragma once
// Network events. Each function is one use case, in a file of the same name.
// Writes about a district's team go into that district's audit log; the event's own fields
// record who created them and when they last changed.
#include <optional>
#include <string>
#include <vector>

#include "domain/account/use_cases.hpp"
#include "domain/event/event.hpp"
#include "domain/event/policy.hpp"
#include "domain/event/schedule.hpp"

namespace accord::domain {

struct EventInput {
  std::optional<std::string> title;
  std::optional<std::string> kind;
  std::optional<std::string> startsOn;
  std::optional<std::string> endsOn;
  std::optional<std::string> place;
  std::optional<std::string> description;
  std::optional<long long> teamCapacity;
  std::optional<std::string> pledge;
  std::optional<bool> registrationOpen;
};
// Checks `input` and writes what it names into `event`.
Result<void> applyEventInput(Event& event, const EventInput& input);

// For administrators; title, dates, capacity and pledge are required. The organizers named by
// e-mail must have accounts.
Result<Event> createEvent(Store& store, const Caller& caller, const EventInput& input,
                          const std::vector<std::string>& organizerEmails, UnixSeconds now);

// For organizers and administrators. A larger capacity promotes waitlisted teams in order;
// a smaller one leaves teams already registered in place.
Result<Event> updateEvent(Store& store, const Caller& caller, long long eventId, const EventInput& input,
                          UnixSeconds now);

Result<std::vector<Event>> listEvents(Store& store, const Caller& caller);

struct EventView {
  EventRole role;
  std::vector<Organizer> organizers;
  std::vector<EventSession> sessions;
  int registered = 0;
  int waitlisted = 0;
  std::vector<Team> myTeams;  // the teams of the caller's districts
};
Result<EventView> getEvent(Store& store, const Caller& caller, long long eventId);

// For organizers and administrators.
Result<std::vector<Organizer>> addOrganizer(Store& store, const Caller& caller, long long eventId,
                                            const std::string& email, UnixSeconds now);
Result<std::vector<Organizer>> removeOrganizer(Store& store, const Caller& caller, long long eventId,
                                               long long userId, UnixSeconds now);

struct SessionInput {
  std::optional<std::string> title;
  std::optional<std::string> startsAt;
  std::optional<std::string> room;
  std::optional<std::vector<long long>> presentingDistrictIds;
};
Result<EventSession> addSession(Store& store, const Caller& caller, long long eventId, const SessionInput& input,
                                UnixSeconds now);
Result<EventSession> updateSession(Store& store, const Caller& caller, long long eventId, long long sessionId,
                                   const SessionInput& input, UnixSeconds now);
Result<void> removeSession(Store& store, const Caller& caller, long long eventId, long long sessionId,
                           UnixSeconds now);

struct TeamRegistration {
  long long districtId = 0;
  std::vector<long long> memberIds;
};
// For the district's leaders, while registration is open. The team must include the district's
// superintendent, union president and board president (else kInvalid on "member_ids"). It takes
// a place while fewer than the capacity are registered, else waits in line.
Result<Team> registerTeam(Store& store, const Caller& caller, long long eventId, const TeamRegistration& input,
                          UnixSeconds now);

// For the district's leaders. A registered team's place goes to the first team in line.
Result<Team> withdrawTeam(Store& store, const Caller& caller, long long eventId, long long teamId,
                          UnixSeconds now);

struct TeamView {
  TeamAccess access;
  std::vector<PlanGoal> goals;
  std::vector<CheckIn> checkIns;
};
Result<TeamView> getTeam(Store& store, const Caller& caller, long long eventId, long long teamId);

// Each member signs for themself: `onBehalfOf`, when given, must be the caller.
Result<Team> signPledge(Store& store, const Caller& caller, long long eventId, long long teamId,
                        std::optional<long long> onBehalfOf, UnixSeconds now);

struct GoalInput {
  std::optional<std::string> text;
  std::optional<long long> ownerId;  // a member of the district
  std::optional<std::string> dueDate;
};
Result<PlanGoal> addPlanGoal(Store& store, const Caller& caller, long long eventId, long long teamId,
                             const GoalInput& input, UnixSeconds now);
Result<PlanGoal> updatePlanGoal(Store& store, const Caller& caller, long long eventId, long long teamId,
                                long long goalId, const GoalInput& input, UnixSeconds now);
// A goal brought home stays: its action item is in the district already.
Result<void> removePlanGoal(Store& store, const Caller& caller, long long eventId, long long teamId,
                            long long goalId, UnixSeconds now);

// Every goal not yet brought home becomes an action item of the district (tied to `bodyId` when
// given), and the goal keeps the item's id.
Result<std::vector<PlanGoal>> bringPlanHome(Store& store, const Caller& caller, long long eventId, long long teamId,
                                            std::optional<long long> bodyId, UnixSeconds now);

struct CheckInInput {
  long long milestone = 0;
  std::vector<GoalProgress> progress;  // one per goal of the plan
};
// From the day the milestone falls due; once per milestone.
Result<CheckIn> reportCheckIn(Store& store, const Caller& caller, long long eventId, long long teamId,
                              const CheckInInput& input, UnixSeconds now);

struct CheckInStatus {
  int milestone = 0;
  std::string dueOn;
  std::string state;  // reported, upcoming, due, overdue
  std::optional<UnixSeconds> reportedAt;
};
struct DashboardTeam {
  Team team;
  int goals = 0;
  int broughtHome = 0;
  std::vector<CheckInStatus> checkIns;
};
// For organizers: every team of the event and where each check-in stands on `today`.
Result<std::vector<DashboardTeam>> getEventDashboard(Store& store, const Caller& caller, long long eventId,
                                                     const std::string& today);

struct CheckInDue {
  Event event;
  Team team;
  CheckInStatus checkIn;
};
// The check-ins due or overdue on `today` for the registered teams in which the caller sits.
Result<std::vector<CheckInDue>> listCheckInsDue(Store& store, const Caller& caller, const std::string& today);
// The same within a transaction, for a person: what the daily digest tells them.
Result<std::vector<CheckInDue>> checkInsDueFor(Transaction& tx, long long userId, const std::string& today);

// For the members of a registered team, from the event's first day through kEventSurveyDays after
// its last (schedule.hpp); once per person. No audit entry is written, and the answers are kept
// without the person and without a time.
Result<void> answerEventSurvey(Store& store, const Caller& caller, long long eventId,
                               const EventSurveyResponse& response, const std::string& today);

struct EventSurveyItemResult {
  std::string item;
  double average = 0;
  std::vector<int> counts;  // how many answered 1, 2, 3, 4, 5
};
struct EventSurveyResults {
  std::string status;    // scheduled, open, closed (eventSurveyStatus)
  std::string closesOn;  // the survey's last day
  int responses = 0;
  int minimum = 3;
  bool shown = false;  // only once closed, and only from `minimum` responses on
  std::vector<EventSurveyItemResult> items;
  std::vector<std::string> comments;
};
// For organizers, administrators and the event's attendees alike: until the survey has closed,
// only its status and the count of responses.
Result<EventSurveyResults> getEventSurveyResults(Store& store, const Caller& caller, long long eventId,
                                                 const std::string& today);

}  // namespace accord::domain
