#pragma once
// The district home. Each function is one use case, in a file of the same name.
#include "domain/account/use_cases.hpp"
#include "domain/dashboard/dashboard.hpp"

namespace accord::domain {

// What needs the caller in the district today: any member of the district may ask, and sees
// only what the other pages would show them.
Result<Dashboard> getDashboard(Store& store, const Caller& caller, long long districtId, UnixSeconds now);

// The same read for `user` inside a transaction, without the membership check: for use cases
// that ask it for each person (the email digest), having checked the membership themselves.
Result<Dashboard> readDashboard(Transaction& tx, long long districtId, const User& user, UnixSeconds now);

}  // namespace accord::domain
