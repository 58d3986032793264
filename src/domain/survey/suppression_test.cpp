#include "domain/survey/suppression.hpp"

#include <gtest/gtest.h>

namespace accord::domain {
namespace {

std::vector<bool> all(std::size_t n) { return std::vector<bool>(n, true); }

TEST(ShownGroups, HidesGroupsBelowTheMinimumAndShowsThoseAtIt) {
  // The two hidden groups add up to 7: safe to show the others beside the whole.
  EXPECT_EQ(shownGroups({3, 4, 5, 7}, all(4), 19, 5), (std::vector<bool>{false, false, true, true}));
}

TEST(ShownGroups, NothingHiddenMeansNothingMoreToHide) {
  EXPECT_EQ(shownGroups({5, 6}, all(2), 11, 5), (std::vector<bool>{true, true}));
}

TEST(ShownGroups, HidesTheSmallestShownGroupWhenTheHiddenRemainderIsTooSmall) {
  // 2 hidden people could be worked out from the whole minus the two shown groups.
  EXPECT_EQ(shownGroups({7, 5, 2}, all(3), 14, 5), (std::vector<bool>{true, false, false}));
}

TEST(ShownGroups, RespondentsInNoGroupCountInTheRemainder) {
  // Two people gave no school: with every school shown, the whole minus the schools is those two.
  EXPECT_EQ(shownGroups({6, 5}, all(2), 13, 5), (std::vector<bool>{true, false}));
  // Five people gave no school: a remainder of five is safe.
  EXPECT_EQ(shownGroups({6, 5}, all(2), 16, 5), (std::vector<bool>{true, true}));
}

TEST(ShownGroups, AGroupWhoseParentIsHiddenStaysHidden) {
  EXPECT_EQ(shownGroups({6, 8}, {false, true}, 14, 5), (std::vector<bool>{false, true}));
}

TEST(ShownGroups, HidesEverythingWhenNoSafeRemainderCanBeReached) {
  EXPECT_EQ(shownGroups({6, 1}, all(2), 7, 5), (std::vector<bool>{false, false}));
}

}  // namespace
}  // namespace accord::domain
