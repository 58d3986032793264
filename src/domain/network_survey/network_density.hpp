#pragma once
// The network survey's results: pure aggregation of the nominations of one window.
//
// Density, per school and topic: the nodes are the school's respondents (the members who answered
// the window's network survey naming that school). Two of them are tied on a topic when at least
// one named the other for it, at any frequency; a tie is counted once, whoever named whom.
//   density = ties ÷ possible ties, where possible ties = n(n−1)/2 for n respondents.
// Nominations of people outside the school's respondents are not part of its density. A tie's
// frequency is the more frequent of the two reports when both named each other; `weeklyDensity`
// counts only ties at least weekly (daily or weekly).
//
// The principal–site rep tie, per school and topic: the school's principals and site
// representatives are the members with those roles who answered naming the school, or who sit on
// a site team of that school. The tie exists when any of its principals and any of its site reps
// named the other for the topic, whether or not both answered.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "domain/network_survey/network_survey.hpp"

namespace accord::domain {

struct PrincipalSiteRepTie {
  bool principalKnown = false;
  bool siteRepKnown = false;
  bool tie = false;
  std::optional<std::string> frequency;  // the most frequent report between them, when tied
};

struct TopicNetwork {
  std::string topic;
  int ties = 0;
  long long possibleTies = 0;
  std::optional<double> density;         // three decimals; none with fewer than two respondents
  std::optional<double> weeklyDensity;   // ties at least weekly ÷ possible ties
  std::array<int, 4> tiesByFrequency{};  // daily, weekly, monthly, rarely
  PrincipalSiteRepTie principalSiteRep;
};

struct NetworkSchoolResult {
  std::string school;
  bool shown = false;   // the school's respondents reach the minimum group size
  int respondents = 0;  // 0 and no topics when hidden
  std::vector<TopicNetwork> topics;
};

// Ties, possible ties and density of `topic` among `nodes`.
TopicNetwork topicNetwork(const std::vector<long long>& nodes, const std::vector<Nomination>& nominations,
                          const std::string& topic);

PrincipalSiteRepTie principalSiteRepTie(const std::vector<long long>& principals,
                                        const std::vector<long long>& siteReps,
                                        const std::vector<Nomination>& nominations, const std::string& topic);

// One result per school of the window, in its order.
std::vector<NetworkSchoolResult> computeNetworkResults(const std::vector<std::string>& schools, int minSize,
                                                       const std::vector<NetworkRespondent>& respondents,
                                                       const std::vector<SiteLeader>& siteLeaders,
                                                       const std::vector<Nomination>& nominations);

}  // namespace accord::domain
