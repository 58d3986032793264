#include "domain/issue/issue.hpp"

#include <gtest/gtest.h>

namespace accord::domain {
namespace {

constexpr long long kAna = 1, kBen = 2;

IssueScore scoreBy(long long who, int score) { return IssueScore{10, 20, score, who, 1000, {}}; }

TEST(ScoreChangedMeanwhile, AScoreSomeoneElseSetToAnotherValueIsInTheWay) {
  EXPECT_TRUE(scoreChangedMeanwhile(scoreBy(kAna, 4), std::nullopt, scoreBy(kBen, 2)));
  EXPECT_TRUE(scoreChangedMeanwhile(scoreBy(kAna, 4), 3, scoreBy(kBen, 2)));
}

TEST(ScoreChangedMeanwhile, WhatTheScorerSawIsNotInTheWay) {
  EXPECT_FALSE(scoreChangedMeanwhile(scoreBy(kAna, 4), 4, scoreBy(kBen, 2)));
  EXPECT_FALSE(scoreChangedMeanwhile(std::nullopt, std::nullopt, scoreBy(kBen, 2)));
}

TEST(ScoreChangedMeanwhile, NeitherIsTheScorersOwnScoreNorTheScoreTheyWant) {
  EXPECT_FALSE(scoreChangedMeanwhile(scoreBy(kBen, 4), std::nullopt, scoreBy(kBen, 2)));
  EXPECT_FALSE(scoreChangedMeanwhile(scoreBy(kAna, 2), 3, scoreBy(kBen, 2)));
}

TEST(ScoreMatrix, EachCellKeepsWhoSetItAndTheTotalWeighsTheScores) {
  std::vector<IssueItem> items = {{1, 9, "option", "Hire aides", "", 0, kAna, 0},
                                  {2, 9, "criterion", "Cost", "", 3, kAna, 0},
                                  {3, 9, "criterion", "Learning", "", 5, kAna, 0}};
  auto matrix = scoreMatrix(items, {IssueScore{1, 3, 4, kBen, 1234, "Ben Ortiz"}});
  ASSERT_EQ(matrix.rows.size(), 1u);
  const auto& row = matrix.rows[0];
  ASSERT_EQ(row.cells.size(), 2u);
  EXPECT_FALSE(row.cells[0]);
  ASSERT_TRUE(row.cells[1]);
  EXPECT_EQ(row.cells[1]->scoredByName, "Ben Ortiz");
  EXPECT_EQ(row.cells[1]->scoredAt, 1234);
  EXPECT_EQ(row.weightedTotal, 20);
  EXPECT_EQ(row.unscored, 1);
}

}  // namespace
}  // namespace accord::domain
