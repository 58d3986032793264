#pragma once
#include <soci/soci.h>

#include "domain/event/event.hpp"

namespace accord::store {

class SqlEvents final : public domain::EventRepository {
 public:
  explicit SqlEvents(soci::session& sql) : sql_(sql) {}

  Result<long long> insert(const domain::Event& event) override;
  Result<void> update(const domain::Event& event) override;
  Result<domain::Event> byId(long long eventId) override;
  Result<std::vector<domain::Event>> list(int limit) override;

  Result<std::vector<domain::Organizer>> organizers(long long eventId) override;
  Result<bool> isOrganizer(long long eventId, long long userId) override;
  Result<void> addOrganizer(long long eventId, long long userId) override;
  Result<void> removeOrganizer(long long eventId, long long userId) override;

  Result<std::vector<domain::EventSession>> sessions(long long eventId) override;
  Result<domain::EventSession> session(long long eventId, long long sessionId) override;
  Result<long long> insertSession(const domain::EventSession& session) override;
  Result<void> updateSession(const domain::EventSession& session) override;
  Result<void> removeSession(long long eventId, long long sessionId) override;

  Result<std::vector<domain::Team>> teams(long long eventId) override;
  Result<domain::Team> team(long long eventId, long long teamId) override;
  Result<std::optional<domain::Team>> teamOfDistrict(long long eventId, long long districtId) override;
  Result<std::vector<domain::Team>> teamsWithMember(long long userId) override;
  Result<int> registeredCount(long long eventId) override;
  Result<void> lockTeams(long long eventId) override;
  Result<long long> insertTeam(const domain::Team& team) override;
  Result<void> removeTeam(long long teamId) override;
  Result<void> setTeamStatus(long long teamId, const std::string& status, UnixSeconds at) override;
  Result<std::optional<long long>> firstWaitlisted(long long eventId) override;
  Result<void> signPledge(long long teamId, long long userId, UnixSeconds at) override;

  Result<std::vector<domain::PlanGoal>> goals(long long teamId) override;
  Result<domain::PlanGoal> goal(long long teamId, long long goalId) override;
  Result<long long> insertGoal(const domain::PlanGoal& goal) override;
  Result<void> updateGoal(const domain::PlanGoal& goal) override;
  Result<void> removeGoal(long long teamId, long long goalId) override;

  Result<std::vector<domain::CheckIn>> checkIns(long long teamId) override;
  Result<long long> insertCheckIn(const domain::CheckIn& checkIn) override;

  Result<bool> hasAnsweredSurvey(long long eventId, long long userId) override;
  Result<void> insertSurveyResponse(long long eventId, long long userId,
                                    const domain::EventSurveyResponse& response) override;
  Result<std::vector<domain::EventSurveyResponse>> surveyResponses(long long eventId) override;

 private:
  Result<std::vector<domain::Team>> withMembers(std::vector<domain::Team> teams);
  soci::session& sql_;
};

}  // namespace accord::store
