#include "domain/outcome/rules.hpp"

#include <gtest/gtest.h>

#include "domain/outcome/use_cases.hpp"

namespace accord::domain {
namespace {

TEST(OutcomeRules, YearsRunFrom1990ToTheCurrentYear) {
  EXPECT_TRUE(checkYearIn(2024, 2024).ok());
  EXPECT_EQ(checkYearIn(2025, 2024).error().message, "is a year in the future");
  EXPECT_EQ(checkYearIn(1989, 2024).error().field, "year");
  EXPECT_EQ(yearOf(1700000000), 2023);  // 2023-11-14
}

TEST(OutcomeRules, ValuesFollowTheirUnit) {
  EXPECT_TRUE(checkMetricValue(100, "percent").ok());
  EXPECT_FALSE(checkMetricValue(100.01, "percent").ok());
  EXPECT_FALSE(checkMetricValue(-1, "count").ok());
  EXPECT_TRUE(checkMetricValue(-1, "number").ok());
  EXPECT_TRUE(checkMetricValue(2500, "count").ok());
}

TEST(OutcomeRules, StudentGroupsAreComparedWithoutLeadingZeros) {
  EXPECT_EQ(*normalizeGroup("001"), "1");
  EXPECT_EQ(*normalizeGroup(" 160 "), "160");
  EXPECT_EQ(*normalizeGroup("0"), "0");
  EXPECT_EQ(*normalizeGroup("ell_2"), "ell_2");
  EXPECT_FALSE(normalizeGroup("all students").ok());
  EXPECT_FALSE(normalizeGroup("").ok());
}

TEST(OutcomeRules, MetricKeysAreLowerCaseWords) {
  EXPECT_TRUE(checkMetricKey("suspension_rate").ok());
  EXPECT_FALSE(checkMetricKey("Suspensions").ok());
  EXPECT_FALSE(checkMetricKey("9th_grade").ok());
  EXPECT_FALSE(checkMetricKey("x").ok());
}

TEST(OutcomeRules, ASchoolYearEndsInJune) {
  EXPECT_EQ(schoolYearOf(1686700800), 2023);  // 2023-06-14
  EXPECT_EQ(schoolYearOf(1692000000), 2024);  // 2023-08-14
}

}  // namespace
}  // namespace accord::domain
