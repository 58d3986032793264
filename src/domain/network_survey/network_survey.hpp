#pragma once
// The collaboration-network survey: in a survey window that runs it, each respondent names the
// colleagues (members of the district) they talk with about each topic, and how often.
//
// Unlike the climate survey, a network survey cannot be anonymous to the store: a tie joins two
// people, so the nominations are kept with both of them. They are confidential instead: no use case
// returns who named whom, only each school's aggregates (network_density.hpp), and those only when
// the school's respondents reach the window's minimum group size.
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// student_data, curriculum, teaching_practice, mentoring
const std::vector<std::string>& networkTopics();
// daily, weekly, monthly, rarely: most often first
const std::vector<std::string>& contactFrequencies();
bool isNetworkTopic(std::string_view topic);
bool isContactFrequency(std::string_view frequency);
// 0 for daily, up to 3 for rarely; -1 when not a frequency.
int frequencyRank(std::string_view frequency);

// One respondent's answer: "I talk with `colleagueId` about `topic`, `frequency`".
struct NetworkContact {
  long long colleagueId = 0;
  std::string topic;
  std::string frequency;
};

struct Nomination {
  long long from = 0;
  long long to = 0;
  std::string topic;
  std::string frequency;
};

struct NetworkRespondent {
  long long userId = 0;
  std::string school;
  std::string role;  // from the membership: principal, site_rep, teacher, ...
};

// A principal or a site representative sitting on a school's site team.
struct SiteLeader {
  std::string school;
  long long userId = 0;
  std::string role;  // principal or site_rep
};

class NetworkSurveyRepository {
 public:
  virtual ~NetworkSurveyRepository() = default;
  // kConflict when the person has answered the window's network survey already.
  virtual Result<void> insertRespondent(long long windowId, long long userId, const std::string& school) = 0;
  virtual Result<bool> hasAnswered(long long windowId, long long userId) = 0;
  // How many people have answered the window's network survey.
  virtual Result<int> respondentCount(long long windowId) = 0;
  virtual Result<void> insertNominations(long long windowId, long long fromUserId,
                                         const std::vector<NetworkContact>& contacts) = 0;
  // With each respondent's role in the district.
  virtual Result<std::vector<NetworkRespondent>> respondents(long long districtId, long long windowId) = 0;
  virtual Result<std::vector<Nomination>> nominations(long long windowId) = 0;
  // The principals and site representatives on the district's site teams, with the team's school.
  virtual Result<std::vector<SiteLeader>> siteLeaders(long long districtId) = 0;
};

}  // namespace accord::domain
