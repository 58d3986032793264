#include "domain/event/schedule.hpp"

#include <gtest/gtest.h>

namespace accord::domain {
namespace {

TEST(EventSchedule, AddsDaysAcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(addDays("2026-01-31", 1), "2026-02-01");
  EXPECT_EQ(addDays("2024-02-28", 1), "2024-02-29");
  EXPECT_EQ(addDays("2026-12-31", 1), "2027-01-01");
  EXPECT_EQ(addDays("2026-03-01", -1), "2026-02-28");
}

TEST(EventSchedule, CheckInsFallDue30And90And180DaysAfterTheLastDay) {
  EXPECT_EQ(checkInDueOn("2026-06-12", 30), "2026-07-12");
  EXPECT_EQ(checkInDueOn("2026-06-12", 90), "2026-09-10");
  EXPECT_EQ(checkInDueOn("2026-06-12", 180), "2026-12-09");
  EXPECT_TRUE(isCheckInMilestone(90));
  EXPECT_FALSE(isCheckInMilestone(60));
}

TEST(EventSchedule, ACheckInIsUpcomingThenDueThenOverdueUnlessReported) {
  EXPECT_EQ(checkInState("2026-07-12", false, "2026-07-11"), "upcoming");
  EXPECT_EQ(checkInState("2026-07-12", false, "2026-07-12"), "due");
  EXPECT_EQ(checkInState("2026-07-12", false, "2026-07-25"), "due");
  EXPECT_EQ(checkInState("2026-07-12", false, "2026-07-26"), "overdue");
  EXPECT_EQ(checkInState("2026-07-12", true, "2027-01-01"), "reported");
}

TEST(EventSchedule, ThePostEventSurveyRunsFromTheFirstDayThrough14DaysAfterTheLast) {
  EXPECT_EQ(eventSurveyClosesOn("2026-06-30"), "2026-07-14");
  EXPECT_EQ(eventSurveyStatus("2026-06-28", "2026-06-30", "2026-06-27"), "scheduled");
  EXPECT_EQ(eventSurveyStatus("2026-06-28", "2026-06-30", "2026-06-28"), "open");
  EXPECT_EQ(eventSurveyStatus("2026-06-28", "2026-06-30", "2026-07-14"), "open");
  EXPECT_EQ(eventSurveyStatus("2026-06-28", "2026-06-30", "2026-07-15"), "closed");
}

}  // namespace
}  // namespace accord::domain
