#include "domain/network_survey/network_density.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "domain/survey/climate_results.hpp"

namespace accord::domain {

namespace {

bool contains(const std::vector<long long>& ids, long long id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void addUnique(std::vector<long long>& ids, long long id) {
  if (!contains(ids, id)) ids.push_back(id);
}

}  // namespace

TopicNetwork topicNetwork(const std::vector<long long>& nodes, const std::vector<Nomination>& nominations,
                          const std::string& topic) {
  std::set<long long> members(nodes.begin(), nodes.end());
  // Each unordered pair once, with the most frequent report of either person.
  std::map<std::pair<long long, long long>, int> strongest;
  for (const auto& n : nominations) {
    if (n.topic != topic || n.from == n.to || !members.count(n.from) || !members.count(n.to)) continue;
    int rank = frequencyRank(n.frequency);
    if (rank < 0) continue;
    auto pair = std::minmax(n.from, n.to);
    auto [it, added] = strongest.emplace(std::pair{pair.first, pair.second}, rank);
    if (!added) it->second = std::min(it->second, rank);
  }
  TopicNetwork out;
  out.topic = topic;
  out.ties = static_cast<int>(strongest.size());
  long long n = static_cast<long long>(members.size());
  out.possibleTies = n * (n - 1) / 2;
  int weekly = 0;
  for (const auto& [pair, rank] : strongest) {
    ++out.tiesByFrequency[rank];
    if (rank <= 1) ++weekly;
  }
  if (out.possibleTies > 0) {
    out.density = roundTo(static_cast<double>(out.ties) / out.possibleTies, 3);
    out.weeklyDensity = roundTo(static_cast<double>(weekly) / out.possibleTies, 3);
  }
  return out;
}

PrincipalSiteRepTie principalSiteRepTie(const std::vector<long long>& principals,
                                        const std::vector<long long>& siteReps,
                                        const std::vector<Nomination>& nominations, const std::string& topic) {
  PrincipalSiteRepTie out;
  out.principalKnown = !principals.empty();
  out.siteRepKnown = !siteReps.empty();
  int best = -1;
  for (const auto& n : nominations) {
    if (n.topic != topic || n.from == n.to) continue;
    bool between = (contains(principals, n.from) && contains(siteReps, n.to)) ||
                   (contains(siteReps, n.from) && contains(principals, n.to));
    int rank = frequencyRank(n.frequency);
    if (!between || rank < 0) continue;
    if (best < 0 || rank < best) best = rank;
  }
  if (best >= 0) {
    out.tie = true;
    out.frequency = contactFrequencies()[best];
  }
  return out;
}

std::vector<NetworkSchoolResult> computeNetworkResults(const std::vector<std::string>& schools, int minSize,
                                                       const std::vector<NetworkRespondent>& respondents,
                                                       const std::vector<SiteLeader>& siteLeaders,
                                                       const std::vector<Nomination>& nominations) {
  std::vector<NetworkSchoolResult> out;
  for (const auto& school : schools) {
    NetworkSchoolResult result;
    result.school = school;
    std::vector<long long> nodes, principals, siteReps;
    for (const auto& r : respondents) {
      if (r.school != school) continue;
      addUnique(nodes, r.userId);
      if (r.role == "principal") addUnique(principals, r.userId);
      if (r.role == "site_rep") addUnique(siteReps, r.userId);
    }
    result.shown = static_cast<int>(nodes.size()) >= minSize;
    if (result.shown) {
      for (const auto& leader : siteLeaders) {
        if (leader.school != school) continue;
        if (leader.role == "principal") addUnique(principals, leader.userId);
        if (leader.role == "site_rep") addUnique(siteReps, leader.userId);
      }
      result.respondents = static_cast<int>(nodes.size());
      for (const auto& topic : networkTopics()) {
        TopicNetwork network = topicNetwork(nodes, nominations, topic);
        network.principalSiteRep = principalSiteRepTie(principals, siteReps, nominations, topic);
        result.topics.push_back(std::move(network));
      }
    }
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace accord::domain
