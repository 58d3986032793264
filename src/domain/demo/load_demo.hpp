#pragma once
// Demo data modelled on the partnership in the design notes, for trying Accord out.
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "domain/demo/demo_people.hpp"
#include "domain/store.hpp"

namespace accord::domain {

inline constexpr const char* kDemoDistrictName = "ABC Partnership Unified School District (demo)";
inline constexpr const char* kDemoPassword = "accord-demo";

struct DemoOutcome {
  bool created = false;  // false when the demo district was there already
  long long districtId = 0;
  std::vector<DemoAccount> accounts;
  std::vector<DemoAccount> networkAccounts;  // of the network's other demo districts, when loaded
  std::vector<std::string> principles;
};

struct DemoOptions {
  // Ten years of outcomes and demographics for the district and five schools (demo_outcomes.hpp)
  // and two years of climate-survey results (demo_surveys.hpp); without them the district starts
  // with no outcome or survey data, as a new one does.
  bool outcomes = true;
  // Two more districts of the network, with their people and the practices they published
  // (demo_network.hpp), so the practice library and peer districts have something to show.
  bool network = true;
};

// Creates the demo district, its people and fifteen years of its partnership (demo_history.hpp) once,
// and its outcome history if asked; later calls change nothing.
Result<DemoOutcome> loadDemo(Store& store, UnixSeconds now, const DemoOptions& options = {});

}  // namespace accord::domain
