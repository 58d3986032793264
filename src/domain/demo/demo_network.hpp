#pragma once
// Two more districts of the network beside the demo district: Riverside Valley (California) and
// Lakeshore (Oregon), each with its superintendent and union president, a joint committee they
// co-chair, a few years of district results, and practices both co-chairs signed off; Riverside
// Valley has adopted one of Lakeshore's. The practice library, peer districts and adoption counts
// then have something to show. Their people sign in with the demo password.
#include <vector>

#include "common/clock.hpp"
#include "domain/demo/demo_people.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// The superintendents and union presidents of the two districts.
std::vector<DemoAccount> demoNetworkAccounts();

// Creates each district that is not there yet; later calls change nothing.
Result<void> loadDemoNetwork(Store& store, UnixSeconds now);

}  // namespace accord::domain
