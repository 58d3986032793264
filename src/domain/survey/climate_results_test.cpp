#include "domain/survey/climate_results.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace accord::domain {
namespace {

// Area "a" with items a1 and a2, area "b" with item b1; a minimum group of 3.
ClimateInstrument instrument() {
  ClimateInstrument i;
  i.areas = {{"a", {"A", ""}, {{"a1", {"A one", ""}}, {"a2", {"A two", ""}}}},
             {"b", {"B", ""}, {{"b1", {"B one", ""}}}}};
  return i;
}

ClimateResponse response(std::optional<std::string> school, std::string side, std::vector<ClimateAnswer> answers) {
  return {std::move(school), std::move(side), std::move(answers)};
}

const std::vector<std::string> kSchools = {"North", "South"};

TEST(ClimateResults, AnAreasMeanIsTheMeanOfEachRespondentsOwnMean) {
  auto r = computeClimateResults(
      instrument(), kSchools, 3,
      {response(std::nullopt, "labor", {{"a1", 5}, {"a2", 3}}), response(std::nullopt, "labor", {{"a1", 2}}),
       response(std::nullopt, "labor", {{"a1", 3}, {"a2", 3}, {"b1", 4}})});
  ASSERT_TRUE(r.overall.shown);
  EXPECT_EQ(r.overall.n, 3);
  const auto& a = r.overall.areas[0].stats;
  ASSERT_TRUE(a.shown);
  EXPECT_EQ(a.n, 3);
  EXPECT_DOUBLE_EQ(*a.mean, 3.0);  // (4 + 2 + 3) / 3
  EXPECT_EQ(a.distribution, (std::array<int, 5>{0, 1, 3, 0, 1}));
  // Only one person answered b1: area b is hidden, with no numbers.
  EXPECT_FALSE(r.overall.areas[1].stats.shown);
  EXPECT_EQ(r.overall.areas[1].stats.n, 0);
  EXPECT_FALSE(r.overall.areas[1].stats.mean);
}

TEST(ClimateResults, ItemsOfAnAreaAreShownAllOrNone) {
  std::vector<ClimateResponse> responses;
  for (int v : {4, 5, 3}) responses.push_back(response(std::nullopt, "labor", {{"a1", v}}));
  responses.push_back(response(std::nullopt, "labor", {{"a1", 2}, {"a2", 2}}));
  auto r = computeClimateResults(instrument(), kSchools, 3, responses);
  // a2 has one answer: showing a1 beside the area would give it away.
  EXPECT_TRUE(r.overall.areas[0].stats.shown);
  EXPECT_FALSE(r.overall.areas[0].itemsShown);
  EXPECT_TRUE(r.overall.areas[0].items.empty());

  for (int v : {1, 5}) responses.push_back(response(std::nullopt, "labor", {{"a1", 3}, {"a2", v}}));
  r = computeClimateResults(instrument(), kSchools, 3, responses);
  ASSERT_TRUE(r.overall.areas[0].itemsShown);
  ASSERT_EQ(r.overall.areas[0].items.size(), 2u);
  EXPECT_EQ(r.overall.areas[0].items[1].stats.n, 3);
  EXPECT_DOUBLE_EQ(*r.overall.areas[0].items[1].stats.mean, 2.67);
  EXPECT_EQ(r.overall.areas[0].items[1].stats.distribution, (std::array<int, 5>{1, 1, 0, 0, 1}));
}

TEST(ClimateResults, NothingIsShownBelowTheMinimumAndAllOfItAtIt) {
  std::vector<ClimateResponse> two = {response("North", "labor", {{"a1", 4}}), response("North", "labor", {{"a1", 5}})};
  auto below = computeClimateResults(instrument(), kSchools, 3, two);
  EXPECT_FALSE(below.overall.shown);
  EXPECT_EQ(below.overall.n, 0);
  EXPECT_TRUE(below.overall.areas.empty());
  EXPECT_FALSE(below.schools[0].shown);
  EXPECT_FALSE(below.sides[0].shown);

  two.push_back(response("North", "labor", {{"a1", 3}}));
  auto at = computeClimateResults(instrument(), kSchools, 3, two);
  EXPECT_TRUE(at.overall.shown);
  ASSERT_TRUE(at.schools[0].shown);
  EXPECT_EQ(at.schools[0].n, 3);
  EXPECT_DOUBLE_EQ(*at.schools[0].areas[0].stats.mean, 4.0);
  EXPECT_FALSE(at.schools[1].shown);  // nobody from South
}

TEST(ClimateResults, ASchoolIsHiddenWhenTheOnesBelowTheMinimumCouldBeWorkedOut) {
  std::vector<ClimateResponse> responses;
  for (int i = 0; i < 3; ++i) responses.push_back(response("North", "labor", {{"a1", 4}}));
  responses.push_back(response("South", "labor", {{"a1", 1}}));
  // The whole district minus North would be South's single answer.
  auto r = computeClimateResults(instrument(), kSchools, 3, responses);
  EXPECT_TRUE(r.overall.shown);
  EXPECT_FALSE(r.schools[0].shown);
  EXPECT_FALSE(r.schools[1].shown);
  // With two more who named no school, the remainder is three people: North can be shown.
  for (int i = 0; i < 2; ++i) responses.push_back(response(std::nullopt, "labor", {{"a1", 3}}));
  r = computeClimateResults(instrument(), kSchools, 3, responses);
  EXPECT_TRUE(r.schools[0].shown);
  EXPECT_FALSE(r.schools[1].shown);
}

TEST(ClimateResults, TheGapIsLaborMinusManagementWhenBothSidesAreShown) {
  std::vector<ClimateResponse> responses;
  for (int v : {4, 4, 5}) responses.push_back(response(std::nullopt, "labor", {{"a1", v}, {"b1", 3}}));
  for (int v : {2, 3, 3}) responses.push_back(response(std::nullopt, "management", {{"a1", v}}));
  auto r = computeClimateResults(instrument(), kSchools, 3, responses);
  ASSERT_EQ(r.gaps.size(), 2u);
  EXPECT_DOUBLE_EQ(*r.gaps[0].laborMean, 4.33);
  EXPECT_DOUBLE_EQ(*r.gaps[0].managementMean, 2.67);
  EXPECT_DOUBLE_EQ(*r.gaps[0].gap, 1.66);
  // Management did not answer area b: no gap there.
  EXPECT_TRUE(r.gaps[1].laborMean.has_value());
  EXPECT_FALSE(r.gaps[1].managementMean.has_value());
  EXPECT_FALSE(r.gaps[1].gap.has_value());
}

TEST(ClimateResults, DoNotDependOnTheOrderOfTheResponses) {
  std::vector<ClimateResponse> responses;
  const char* sides[] = {"labor", "management", "neutral"};
  for (int i = 0; i < 30; ++i)
    responses.push_back(
        response(kSchools[i % 2], sides[i % 3], {{"a1", 1 + i % 5}, {"a2", 1 + (i * 7) % 5}, {"b1", 1 + (i * 3) % 5}}));
  auto expected = computeClimateResults(instrument(), kSchools, 3, responses);
  std::mt19937 random(7);
  for (int round = 0; round < 5; ++round) {
    std::shuffle(responses.begin(), responses.end(), random);
    EXPECT_EQ(computeClimateResults(instrument(), kSchools, 3, responses), expected);
  }
}

}  // namespace
}  // namespace accord::domain
