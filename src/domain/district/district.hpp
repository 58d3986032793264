#pragma once
// Districts are the tenants; a membership gives a person a side and a role in one.
#include <optional>
#include <string>
#include <string_view>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "domain/store.hpp"

namespace accord::domain {

struct District {
  long long id = 0;
  std::string name;
  std::string state;  // two-letter postal code
  std::string ncesId;  // seven digits, or empty
  std::string stateCode;  // the state's own district code (California: county + district CDS, 7 digits), or empty
  std::optional<long long> enrollment;
  std::optional<double> lowIncomePct;
  std::optional<double> englishLearnersPct;
  std::optional<double> minorityPct;
  UnixSeconds createdAt = 0;
};

struct Membership {
  long long id = 0;
  long long districtId = 0;
  long long userId = 0;
  std::string side;  // labor, management, neutral
  std::string role;  // superintendent, union_president, ...
  UnixSeconds createdAt = 0;
  // Filled when listed, for display.
  std::string userName;
  std::string userEmail;
};

bool isSide(std::string_view side);
bool isRole(std::string_view role);
const std::vector<std::string>& allRoles();

class DistrictRepository {
 public:
  virtual ~DistrictRepository() = default;
  virtual Result<long long> insert(const District& district) = 0;
  virtual Result<District> byId(long long id) = 0;
  virtual Result<District> byName(const std::string& name) = 0;
  // Writes the name, NCES id and state code.
  virtual Result<void> update(const District& district) = 0;
  // Districts the user belongs to, by id, starting after `afterId`.
  virtual Result<Page<District>> listForUser(long long userId, long long afterId, int limit) = 0;
  // kConflict when the person is a member already.
  virtual Result<long long> insertMembership(const Membership& membership) = 0;
  virtual Result<Membership> membership(long long districtId, long long userId) = 0;
  virtual Result<Page<Membership>> listMemberships(long long districtId, long long afterId, int limit) = 0;
};

}  // namespace accord::domain
