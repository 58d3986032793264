#pragma once
// The district home. Each function is one use case, in a file of the same name.
#include "domain/account/use_cases.hpp"
#include "domain/dashboard/dashboard.hpp"

namespace accord::domain {

// What needs the caller in the district today: any member of the district may ask, and sees
// only what the other pages would show them.
Result<Dashboard> getDashboard(Store& store, const Caller& caller, long long districtId, UnixSeconds now);

}  // namespace accord::domain
