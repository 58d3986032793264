#pragma once
// The checks every way in (the API, the CSV and CAASPP imports) applies to outcome data, each
// failure naming the offending field. Pure functions, tested alone.
#include <optional>
#include <string>
#include <string_view>

#include "common/clock.hpp"
#include "common/result.hpp"

namespace accord::domain {

// The calendar year (UTC) of `now`.
int yearOf(UnixSeconds now);

// From 1990 to the current year: outcome years are school years that have ended or are under way.
Result<int> checkYear(long long year, UnixSeconds now, const std::string& field = "year");
Result<int> checkYearIn(long long year, int currentYear, const std::string& field = "year");

// A value of a metric in `unit`: percent 0–100, count 0 or more, number any finite value.
Result<double> checkMetricValue(double value, const std::string& unit, const std::string& field = "value");

// A percentage of students, 0–100.
Result<double> checkPercent(double value, const std::string& field);

// A student group id: 1–20 letters, digits, '_' or '-'. Numeric ids lose leading zeros
// ("001" and "1" are the same CAASPP group).
Result<std::string> normalizeGroup(std::string_view group, const std::string& field = "group");

// A state school or district code: 1–20 letters, digits or '-'.
Result<std::string> checkStateCode(std::string_view code, const std::string& field = "state_code");

// A metric key: a lower-case letter, then 1–39 lower-case letters, digits or '_'.
Result<std::string> checkMetricKey(std::string_view key, const std::string& field = "key");

// Trims `text` and requires 1 to `max` characters.
Result<std::string> checkLabel(std::string_view text, const std::string& field, std::size_t max = 200);

}  // namespace accord::domain
