#pragma once
// The people of a demo district and its joint committee, shared by the demo districts.
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "domain/body/use_cases.hpp"
#include "domain/store.hpp"

namespace accord::domain {

struct DemoAccount {
  std::string email;
  std::string name;
  std::string side;
  std::string role;
};

// Each account's user (made with `passwordHash` unless the e-mail is known) joins the district
// with its side and role. Returns the users' ids in the order of `accounts`.
Result<std::vector<long long>> addDemoPeople(Transaction& tx, long long districtId,
                                             const std::vector<DemoAccount>& accounts,
                                             const std::string& passwordHash, UnixSeconds now);

// A demo committee's rules: consensus, four seats a side, two of each side for a quorum, and what
// happens when it cannot agree.
BodyInput demoCommitteeInput(const std::string& name);

// A consensus committee of four seats a side, formed by the district's superintendent as they would
// through the application: everyone in `accounts` but the administrator is a member, and the
// superintendent and the union president are its co-chairs.
Result<Body> formDemoCommittee(Store& store, long long districtId, const std::vector<DemoAccount>& accounts,
                               const std::string& name, UnixSeconds now);

}  // namespace accord::domain
