#pragma once
// Two past school years of the demo district's climate survey, so its results, trend and the
// analysis have something to show.
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "domain/store.hpp"

namespace accord::domain {

struct DemoSchoolQuality {
  std::string name;
  double partnership = 3.0;  // the mean a school's answers centre on, 1..5
};

// Closed windows for the school years starting in 2023 and 2024, each with answers from every
// school (enough to be shown above the minimum group size) and from both sides. Answers are stored
// as anonymous ones are; nobody is recorded as having answered.
Result<void> loadDemoSurveys(Transaction& tx, long long districtId, long long openedBy,
                             const std::vector<DemoSchoolQuality>& schools, UnixSeconds now);

}  // namespace accord::domain
