#include "domain/network_survey/network_density.hpp"

#include <gtest/gtest.h>

namespace accord::domain {
namespace {

// Five colleagues at one school (1–5) and someone elsewhere (9).
const std::vector<long long> kNodes = {1, 2, 3, 4, 5};
const std::vector<Nomination> kNominations = {
    {1, 2, "curriculum", "weekly"},  {2, 1, "curriculum", "daily"},   // one tie, reported both ways
    {1, 3, "curriculum", "monthly"}, {4, 5, "curriculum", "rarely"},  //
    {3, 9, "curriculum", "weekly"},                                   // outside the school
    {2, 2, "curriculum", "daily"},                                    // oneself: not a tie
    {2, 3, "mentoring", "weekly"},                                    // another topic
};

TEST(NetworkDensity, CountsEachPairOnceAmongTheSchoolsRespondents) {
  auto n = topicNetwork(kNodes, kNominations, "curriculum");
  EXPECT_EQ(n.ties, 3);
  EXPECT_EQ(n.possibleTies, 10);  // 5 · 4 / 2
  EXPECT_DOUBLE_EQ(*n.density, 0.3);
  // A tie reported weekly one way and daily the other counts as daily.
  EXPECT_EQ(n.tiesByFrequency, (std::array<int, 4>{1, 0, 1, 1}));
  EXPECT_DOUBLE_EQ(*n.weeklyDensity, 0.1);
}

TEST(NetworkDensity, IsPerTopic) {
  auto n = topicNetwork(kNodes, kNominations, "mentoring");
  EXPECT_EQ(n.ties, 1);
  EXPECT_DOUBLE_EQ(*n.density, 0.1);
  EXPECT_EQ(topicNetwork(kNodes, kNominations, "student_data").ties, 0);
  EXPECT_DOUBLE_EQ(*topicNetwork(kNodes, kNominations, "student_data").density, 0.0);
}

TEST(NetworkDensity, AFullyConnectedSchoolHasDensityOne) {
  std::vector<Nomination> all;
  for (long long a : {1, 2, 3})
    for (long long b : {1, 2, 3})
      if (a < b) all.push_back({a, b, "curriculum", "daily"});
  EXPECT_DOUBLE_EQ(*topicNetwork({1, 2, 3}, all, "curriculum").density, 1.0);
}

TEST(NetworkDensity, HasNoValueWithFewerThanTwoPeople) {
  EXPECT_FALSE(topicNetwork({1}, kNominations, "curriculum").density.has_value());
}

TEST(PrincipalSiteRepTie, ExistsWhenEitherNamedTheOtherWithTheMostFrequentReport) {
  auto tie = principalSiteRepTie({1}, {3}, kNominations, "curriculum");
  EXPECT_TRUE(tie.principalKnown);
  EXPECT_TRUE(tie.siteRepKnown);
  EXPECT_TRUE(tie.tie);
  EXPECT_EQ(tie.frequency, "monthly");
  auto both = principalSiteRepTie({1}, {2}, kNominations, "curriculum");
  EXPECT_EQ(both.frequency, "daily");
  EXPECT_FALSE(principalSiteRepTie({1}, {3}, kNominations, "mentoring").tie);
  auto unknown = principalSiteRepTie({}, {3}, kNominations, "curriculum");
  EXPECT_FALSE(unknown.principalKnown);
  EXPECT_FALSE(unknown.tie);
}

TEST(NetworkResults, AreGivenPerSchoolOnlyAtTheMinimumGroupSize) {
  std::vector<NetworkRespondent> respondents = {
      {1, "North", "principal"}, {2, "North", "teacher"},   {3, "North", "teacher"}, {4, "North", "teacher"},
      {5, "North", "teacher"},   {6, "South", "principal"}, {7, "South", "site_rep"}};
  // Person 3 is North's site rep through its site team, not through their answer.
  std::vector<SiteLeader> leaders = {{"North", 3, "site_rep"}};
  auto results = computeNetworkResults({"North", "South"}, 3, respondents, leaders, kNominations);
  ASSERT_EQ(results.size(), 2u);
  ASSERT_TRUE(results[0].shown);
  EXPECT_EQ(results[0].respondents, 5);
  ASSERT_EQ(results[0].topics.size(), 4u);
  const auto& curriculum = results[0].topics[1];
  EXPECT_EQ(curriculum.topic, "curriculum");
  EXPECT_DOUBLE_EQ(*curriculum.density, 0.3);
  EXPECT_TRUE(curriculum.principalSiteRep.tie);
  EXPECT_EQ(curriculum.principalSiteRep.frequency, "monthly");
  EXPECT_FALSE(results[1].shown);
  EXPECT_EQ(results[1].respondents, 0);
  EXPECT_TRUE(results[1].topics.empty());
}

}  // namespace
}  // namespace accord::domain
