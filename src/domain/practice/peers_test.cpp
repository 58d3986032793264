#include "domain/practice/peers.hpp"

#include <gtest/gtest.h>

namespace accord::domain {
namespace {

DistrictProfile profile(long long id, std::optional<long long> enrollment, std::optional<double> lowIncome,
                        std::optional<double> el, std::optional<double> minority) {
  return {id, "District " + std::to_string(id), "CA", enrollment, lowIncome, el, minority};
}

TEST(PracticePeers, NearestBySizeAndDemographics) {
  std::vector<DistrictProfile> all = {
      profile(1, 10000, 60, 20, 70),  profile(2, 11000, 62, 21, 68), profile(3, 500, 10, 2, 15),
      profile(4, 200000, 80, 40, 90), profile(5, 9000, 30, 5, 40),
  };
  auto peers = nearestPeers(all[0], profileList(all), 3);
  ASSERT_EQ(peers.size(), 3u);
  EXPECT_EQ(peers[0].district.id, 2);
  EXPECT_EQ(peers[0].sharedFigures, 4);
  EXPECT_LT(peers[0].distance, peers[1].distance);
  for (const auto& p : peers) EXPECT_NE(p.district.id, 1);
}

TEST(PracticePeers, EnrollmentIsComparedOnALogScale) {
  std::vector<DistrictProfile> all = {profile(1, 1000, {}, {}, {}), profile(2, 10000, {}, {}, {}),
                                      profile(3, 100, {}, {}, {}), profile(4, 3000, {}, {}, {})};
  auto peers = nearestPeers(all[0], profileList(all), 3);
  ASSERT_EQ(peers.size(), 3u);
  EXPECT_EQ(peers[0].district.id, 4);
  // 100 and 10,000 are each a factor of ten away from 1,000: equally near.
  EXPECT_DOUBLE_EQ(peers[1].distance, peers[2].distance);
}

TEST(PracticePeers, MissingDataIsLeftOutOrRankedLast) {
  std::vector<DistrictProfile> all = {
      profile(1, 10000, 60, 20, 70),
      profile(2, {}, 60, 20, 70),         // no enrollment: left out
      profile(3, 10000, {}, {}, {}),      // enrollment only: after those sharing more
      profile(4, 30000, 20, 2, 20),
  };
  auto peers = nearestPeers(all[0], profileList(all), 10);
  ASSERT_EQ(peers.size(), 2u);
  EXPECT_EQ(peers[0].district.id, 4);
  EXPECT_EQ(peers[1].district.id, 3);
  EXPECT_EQ(peers[1].sharedFigures, 1);
  EXPECT_TRUE(nearestPeers(profile(9, {}, 1, 1, 1), profileList(all), 10).empty());
}

}  // namespace
}  // namespace accord::domain
