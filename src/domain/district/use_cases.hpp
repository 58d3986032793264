#pragma once
// Districts and memberships. Each function is one use case, in a file of the same name.
#include <optional>
#include <string>

#include "domain/account/use_cases.hpp"
#include "domain/district/district.hpp"

namespace accord::domain {

struct NewDistrict {
  std::string name;
  std::string state;
  std::string ncesId;
  std::string stateCode;
  std::optional<long long> enrollment;
  std::optional<double> lowIncomePct;
  std::optional<double> englishLearnersPct;
  std::optional<double> minorityPct;
  // The creator joins the district with this side and role.
  std::string creatorSide = "neutral";
  std::string creatorRole = "administrator";
};
Result<District> createDistrict(Store& store, const Caller& caller, const NewDistrict& input, UnixSeconds now);

Result<Page<District>> listDistricts(Store& store, const Caller& caller, long long cursor, int limit);

struct DistrictView {
  District district;
  Membership mine;
  std::vector<std::string> mayInviteTo;  // the sides the caller may invite people onto (mayAssignSide)
};
Result<DistrictView> getDistrict(Store& store, const Caller& caller, long long districtId);

struct DistrictChanges {
  std::optional<std::string> name;
  std::optional<std::string> ncesId;     // an empty string clears it
  std::optional<std::string> stateCode;  // an empty string clears it
};
// For the district's leaders.
Result<District> updateDistrict(Store& store, const Caller& caller, long long districtId,
                                const DistrictChanges& changes, UnixSeconds now);

Result<Page<Membership>> listMemberships(Store& store, const Caller& caller, long long districtId, long long cursor,
                                         int limit);

// A district's state code (1–20 letters, digits or '-') and NCES id (7 digits).
Result<std::string> checkDistrictStateCode(const std::string& code);
Result<std::string> checkNcesId(const std::string& id);

// Checks a side and a role; shared by memberships and invitations.
Result<void> checkSideAndRole(const std::string& side, const std::string& role);

}  // namespace accord::domain
