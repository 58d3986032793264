#pragma once
// Ten school years of outcomes for the demo district, so a newcomer sees charts from the start.
#include <vector>

#include "common/clock.hpp"
#include "domain/demo/demo_surveys.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// Five schools; the district's, each school's and the state's values of the built-in metrics from
// 2015 to 2025 (none for 2020, when the state gave no tests), with two student groups for ELA and
// mathematics; and the demographics of each year. Written in the caller's transaction.
Result<void> loadDemoOutcomes(Transaction& tx, long long districtId, UnixSeconds now);

// The five schools with how strong their partnership is: the schools whose results grow fastest
// are those where it is strongest, as the analysis will find.
std::vector<DemoSchoolQuality> demoSchoolQualities();

}  // namespace accord::domain
