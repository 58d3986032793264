#include "common/calendar_date.hpp"

#include <gtest/gtest.h>

namespace accord {
namespace {

TEST(CalendarDate, AcceptsRealDatesOnly) {
  EXPECT_TRUE(isIsoDate("2026-06-30"));
  EXPECT_TRUE(isIsoDate("2028-02-29"));
  EXPECT_FALSE(isIsoDate("2027-02-29"));
  EXPECT_FALSE(isIsoDate("2026-13-01"));
  EXPECT_FALSE(isIsoDate("2026-04-31"));
  EXPECT_FALSE(isIsoDate("2026-6-30"));
  EXPECT_FALSE(isIsoDate("30/06/2026"));
  EXPECT_FALSE(isIsoDate(""));
  EXPECT_FALSE(isIsoDate("2026-06-3x"));
}

TEST(CalendarDate, GivesTheUtcDateOfAMoment) {
  EXPECT_EQ(isoDateOf(0), "1970-01-01");
  EXPECT_EQ(isoDateOf(951782400), "2000-02-29");
  EXPECT_EQ(isoDateOf(1782777599), "2026-06-29");
  EXPECT_EQ(isoDateOf(1782777600), "2026-06-30");
}

TEST(CalendarDate, IsoDatesSortAsTheDaysDo) {
  EXPECT_LT(std::string("2026-06-30"), std::string("2026-07-01"));
  EXPECT_LT(isoDateOf(1782777599), isoDateOf(1782777600));
}

}  // namespace
}  // namespace accord
