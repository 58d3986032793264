#include "domain/selfcheck/maturity.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace accord::domain {
namespace {

std::vector<std::string> codes(const std::vector<const MaturityCriterion*>& criteria) {
  std::vector<std::string> out;
  for (const auto* c : criteria) out.push_back(c->code);
  return out;
}

// The first `count` structures of the list at `rating`, the rest not rated.
RatingsByStructure firstAt(int count, Rating rating) {
  RatingsByStructure out;
  for (int i = 0; i < count; ++i) out[selfCheckStructures()[i].code] = rating;
  return out;
}

RatingsByStructure everyStructureAt(Rating rating) {
  return firstAt(static_cast<int>(selfCheckStructures().size()), rating);
}

TEST(Maturity, AnEmptySelfCheckIsBeginningAndNamesWhatLevelTwoNeeds) {
  auto m = assessMaturity({});
  EXPECT_EQ(m.level, 1);
  EXPECT_TRUE(m.met.empty());
  ASSERT_EQ(m.nextLevel, 2);
  EXPECT_EQ(codes(m.missing), std::vector<std::string>{"three_structures_discussed"});
}

TEST(Maturity, ThreeStructuresBeyondNotExistingMakeLevelTwo) {
  EXPECT_EQ(assessMaturity(firstAt(2, Rating::kImplemented)).level, 1);
  EXPECT_EQ(assessMaturity(firstAt(3, Rating::kBeingDiscussed)).level, 2);
  EXPECT_EQ(assessMaturity(everyStructureAt(Rating::kNotExisting)).level, 1);
}

TEST(Maturity, LevelThreeNeedsTheJointCommitteeImplemented) {
  auto ratings = firstAt(6, Rating::kBeingDeveloped);
  auto m = assessMaturity(ratings);
  EXPECT_EQ(m.level, 2);
  ASSERT_EQ(m.nextLevel, 3);
  EXPECT_EQ(codes(m.missing), std::vector<std::string>{"joint_committee_implemented"});
  ratings["joint_committee"] = Rating::kImplemented;
  m = assessMaturity(ratings);
  EXPECT_EQ(m.level, 3);
  EXPECT_EQ(m.nextLevel, 4);
}

TEST(Maturity, LevelFourNeedsSevenImplementedWithTheCharterAndTheDecisionRule) {
  auto ratings = everyStructureAt(Rating::kBeingDeveloped);
  for (const char* s : {"joint_committee", "site_teams", "interest_based_problem_solving", "joint_communications",
                        "shared_data_review", "joint_professional_development", "site_issues_to_district"})
    ratings[s] = Rating::kImplemented;
  auto m = assessMaturity(ratings);
  EXPECT_EQ(m.level, 3);
  EXPECT_EQ(codes(m.missing),
            (std::vector<std::string>{"signed_charter_implemented", "joint_decision_rule_implemented"}));
  ratings["signed_charter"] = Rating::kImplemented;
  ratings["joint_decision_rule"] = Rating::kImplemented;
  m = assessMaturity(ratings);
  EXPECT_EQ(m.level, 4);
  ASSERT_EQ(m.nextLevel, 5);
  EXPECT_EQ(codes(m.missing), std::vector<std::string>{"all_structures_implemented"});
}

TEST(Maturity, EveryStructureImplementedIsSustainingWithNothingLeft) {
  auto m = assessMaturity(everyStructureAt(Rating::kImplemented));
  EXPECT_EQ(m.level, 5);
  EXPECT_FALSE(m.nextLevel.has_value());
  EXPECT_TRUE(m.missing.empty());
  EXPECT_EQ(m.met.size(), maturityCriteria().size());
}

TEST(Maturity, LevelsAreClimbedInOrderEvenWhenHigherCriteriaHold) {
  auto ratings = everyStructureAt(Rating::kImplemented);
  ratings["joint_committee"] = Rating::kNotExisting;
  auto m = assessMaturity(ratings);
  EXPECT_EQ(m.level, 2);
  EXPECT_EQ(codes(m.missing), std::vector<std::string>{"joint_committee_implemented"});
  auto met = codes(m.met);
  EXPECT_NE(std::find(met.begin(), met.end(), "seven_structures_implemented"), met.end());
}

TEST(Maturity, UnknownStructuresCountForNothing) {
  RatingsByStructure ratings = {{"a", Rating::kImplemented}, {"b", Rating::kImplemented}, {"c", Rating::kImplemented}};
  EXPECT_EQ(assessMaturity(ratings).level, 1);
}

TEST(Maturity, CountsEachRatingWithUnratedAsNotExisting) {
  auto ratings = firstAt(2, Rating::kImplemented);
  ratings["leadership_transition"] = Rating::kBeingDiscussed;
  auto counts = ratingCounts(ratings);
  int total = static_cast<int>(selfCheckStructures().size());
  EXPECT_EQ(counts, (std::vector<int>{total - 3, 1, 0, 2}));
}

TEST(Maturity, CriteriaAreWellFormed) {
  std::set<std::string> seen;
  std::set<int> levels;
  for (const auto& c : maturityCriteria()) {
    SCOPED_TRACE(c.code);
    EXPECT_TRUE(seen.insert(c.code).second);
    EXPECT_GE(c.level, 2);
    EXPECT_LE(c.level, 5);
    levels.insert(c.level);
    EXPECT_NE(std::string(c.textEn), "");
    EXPECT_NE(std::string(c.textEs), "");
    if (c.kind == MaturityCriterion::Kind::kStructure) {
      EXPECT_NE(findStructure(c.structure), nullptr);
    }
    if (c.kind == MaturityCriterion::Kind::kCount) {
      EXPECT_GT(c.count, 0);
      EXPECT_LE(c.count, static_cast<int>(selfCheckStructures().size()));
    }
  }
  EXPECT_EQ(levels, (std::set<int>{2, 3, 4, 5}));
  for (int l = 1; l <= 5; ++l) EXPECT_EQ(maturityLevel(l).level, l);
}

TEST(SelfCheck, StructuresHaveUniqueCodesAndBothLanguages) {
  const auto& structures = selfCheckStructures();
  EXPECT_GE(structures.size(), 8u);
  EXPECT_LE(structures.size(), 10u);
  std::set<std::string> seen;
  for (const auto& s : structures) {
    EXPECT_TRUE(seen.insert(s.code).second) << s.code;
    EXPECT_NE(std::string(s.nameEn), "");
    EXPECT_NE(std::string(s.nameEs), "");
    EXPECT_EQ(findStructure(s.code), &s);
  }
  EXPECT_EQ(findStructure("bowling_league"), nullptr);
}

TEST(SelfCheck, RatingsReadTheirCodesBack) {
  for (Rating r : allRatings()) EXPECT_EQ(parseRating(ratingCode(r)), r);
  EXPECT_EQ(parseRating("done"), std::nullopt);
  EXPECT_EQ(parseRating("Implemented"), std::nullopt);
  EXPECT_LT(Rating::kBeingDiscussed, Rating::kImplemented);
}

TEST(SelfCheck, AYearIsFrom1990ToTheCurrentOne) {
  const UnixSeconds newYear2026 = 1767225600;  // 2026-01-01T00:00:00Z
  EXPECT_TRUE(checkSelfCheckYear(2026, newYear2026).ok());
  EXPECT_TRUE(checkSelfCheckYear(1990, newYear2026).ok());
  EXPECT_EQ(checkSelfCheckYear(2027, newYear2026).error().field, "year");
  EXPECT_EQ(checkSelfCheckYear(1989, newYear2026).error().field, "year");
  EXPECT_FALSE(checkSelfCheckYear(2026, newYear2026 - 1).ok());
  EXPECT_FALSE(checkSelfCheckYear(-2025, newYear2026).ok());
}

}  // namespace
}  // namespace accord::domain
