#pragma once
#include <soci/soci.h>

#include "domain/network_survey/network_survey.hpp"
#include "domain/survey/survey.hpp"

namespace accord::store {

class SqlSurveys final : public domain::SurveyRepository {
 public:
  explicit SqlSurveys(soci::session& sql) : sql_(sql) {}
  Result<std::optional<domain::ClimateInstrument>> instrument(long long districtId) override;
  Result<void> saveInstrument(long long districtId, const domain::ClimateInstrument& instrument,
                              UnixSeconds at) override;
  Result<long long> insertWindow(const domain::SurveyWindow& window) override;
  Result<domain::SurveyWindow> window(long long districtId, long long windowId) override;
  Result<std::vector<domain::SurveyWindow>> windows(long long districtId) override;
  Result<void> updateWindow(const domain::SurveyWindow& window) override;
  Result<std::vector<std::string>> siteSchools(long long districtId) override;
  Result<void> recordClimateParticipation(long long windowId, long long userId) override;
  Result<bool> hasAnsweredClimate(long long windowId, long long userId) override;
  Result<int> climateParticipants(long long windowId) override;
  Result<void> insertClimateResponse(long long windowId, const domain::ClimateResponse& response) override;
  Result<std::vector<domain::ClimateResponse>> climateResponses(long long windowId) override;

 private:
  soci::session& sql_;
};

class SqlNetworkSurveys final : public domain::NetworkSurveyRepository {
 public:
  explicit SqlNetworkSurveys(soci::session& sql) : sql_(sql) {}
  Result<void> insertRespondent(long long windowId, long long userId, const std::string& school) override;
  Result<bool> hasAnswered(long long windowId, long long userId) override;
  Result<int> respondentCount(long long windowId) override;
  Result<void> insertNominations(long long windowId, long long fromUserId,
                                 const std::vector<domain::NetworkContact>& contacts) override;
  Result<std::vector<domain::NetworkRespondent>> respondents(long long districtId, long long windowId) override;
  Result<std::vector<domain::Nomination>> nominations(long long windowId) override;
  Result<std::vector<domain::SiteLeader>> siteLeaders(long long districtId) override;

 private:
  soci::session& sql_;
};

}  // namespace accord::store
