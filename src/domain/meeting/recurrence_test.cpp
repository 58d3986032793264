#include "domain/meeting/recurrence.hpp"

#include <gtest/gtest.h>

namespace accord::domain {
namespace {

LocalDate date(const char* text) { return *parseDate(text); }

std::vector<std::string> texts(const std::vector<LocalDate>& dates) {
  std::vector<std::string> out;
  for (const auto& d : dates) out.push_back(formatDate(d));
  return out;
}

TEST(Recurrence, ParsesOnlyRealDatesAndTimes) {
  EXPECT_TRUE(parseDate("2024-02-29"));
  for (const char* bad : {"2023-02-29", "2026-13-01", "2026-04-31", "2026-1-01", "26-01-01", "2026/01/01", ""})
    EXPECT_FALSE(parseDate(bad)) << bad;
  auto t = parseDateTime("2026-01-05T16:30");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->hour, 16);
  EXPECT_EQ(t->minute, 30);
  EXPECT_EQ(formatDateTime(*t), "2026-01-05T16:30");
  for (const char* bad : {"2026-01-05 16:30", "2026-01-05T24:00", "2026-01-05T16:60", "2026-01-05T16:30:00"})
    EXPECT_FALSE(parseDateTime(bad)) << bad;
}

TEST(Recurrence, DaysRoundTripThroughTheCivilCalendar) {
  EXPECT_EQ(daysFromCivil(date("1970-01-01")), 0);
  EXPECT_EQ(daysFromCivil(date("2000-03-01")), 11017);
  for (long long d = -1000; d < 40000; d += 37) EXPECT_EQ(daysFromCivil(civilFromDays(d)), d);
}

TEST(Recurrence, AOneOffMeetingHasOneOccurrence) {
  Recurrence r{"once", date("2026-01-05"), std::nullopt, std::nullopt};
  EXPECT_EQ(texts(expandOccurrences(r)), std::vector<std::string>{"2026-01-05"});
}

TEST(Recurrence, WeeklyRunsUntilTheEndDateInclusive) {
  Recurrence r{"weekly", date("2026-01-05"), date("2026-01-26"), std::nullopt};
  EXPECT_EQ(texts(expandOccurrences(r)),
            (std::vector<std::string>{"2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26"}));
}

TEST(Recurrence, EveryTwoWeeksStopsAtTheCountAcrossTheYearEnd) {
  Recurrence r{"biweekly", date("2025-12-15"), std::nullopt, 3};
  EXPECT_EQ(texts(expandOccurrences(r)), (std::vector<std::string>{"2025-12-15", "2025-12-29", "2026-01-12"}));
}

TEST(Recurrence, MonthlyKeepsTheDayAndSkipsMonthsWithoutIt) {
  Recurrence r{"monthly", date("2026-01-31"), std::nullopt, 4};
  EXPECT_EQ(texts(expandOccurrences(r)),
            (std::vector<std::string>{"2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31"}));
  Recurrence leap{"monthly", date("2027-11-29"), date("2028-03-01"), std::nullopt};
  EXPECT_EQ(texts(expandOccurrences(leap)),
            (std::vector<std::string>{"2027-11-29", "2027-12-29", "2028-01-29", "2028-02-29"}));
}

TEST(Recurrence, AnOpenEndedSeriesIsCutAtTheLimit) {
  Recurrence r{"weekly", date("2026-01-05"), std::nullopt, std::nullopt};
  EXPECT_EQ(expandOccurrences(r, 10).size(), 10u);
}

TEST(Recurrence, KnowsItsOccurrences) {
  Recurrence r{"weekly", date("2026-01-05"), std::nullopt, 3};
  EXPECT_TRUE(isOccurrence(r, date("2026-01-19")));
  EXPECT_FALSE(isOccurrence(r, date("2026-01-26")));
  EXPECT_FALSE(isOccurrence(r, date("2026-01-06")));
}

TEST(Recurrence, TheOccurrencesFromADateAreTheSeriesOwnFromThere) {
  std::vector<Recurrence> series = {
      {"once", date("2026-01-05"), std::nullopt, std::nullopt},
      {"weekly", date("2016-01-04"), std::nullopt, std::nullopt},  // ten years of weeks, cut at the limit
      {"weekly", date("2026-01-05"), date("2026-03-02"), std::nullopt},
      {"biweekly", date("2025-12-15"), std::nullopt, 7},
      {"biweekly", date("2025-12-15"), date("2026-02-09"), 40},
      {"monthly", date("2026-01-31"), std::nullopt, 9},
      {"weekly", date("2999-11-02"), std::nullopt, std::nullopt},  // runs into the year 3000
  };
  for (const auto& r : series) {
    auto all = expandOccurrences(r);
    for (long long from = daysFromCivil(r.start) - 20; from < daysFromCivil(all.back()) + 20; from += 3) {
      LocalDate day = civilFromDays(from);
      std::vector<LocalDate> expected;
      for (const auto& d : all)
        if (d >= day && expected.size() < 4) expected.push_back(d);
      EXPECT_EQ(texts(occurrencesFrom(r, day, 4)), texts(expected)) << r.frequency << " from " << formatDate(day);
    }
  }
  EXPECT_TRUE(occurrencesFrom(series[1], date("2026-01-01"), 0).empty());
}

}  // namespace
}  // namespace accord::domain
