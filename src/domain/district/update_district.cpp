#include "domain/account/rules.hpp"
#include "domain/audit/use_cases.hpp"
#include "domain/body/policy.hpp"
#include "domain/district/policy.hpp"
#include "domain/district/use_cases.hpp"

namespace accord::domain {

Result<District> updateDistrict(Store& store, const Caller& caller, long long districtId,
                                const DistrictChanges& changes, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(Membership mine, memberOf(*tx, districtId, caller.user));
  if (!isDistrictLeader(mine)) return forbidden("only the district's leaders may change the district");
  ACCORD_TRY(District district, tx->districts().byId(districtId));
  nlohmann::json details = nlohmann::json::object();
  if (changes.name) {
    ACCORD_TRY(district.name, checkName(*changes.name));
    details["name"] = district.name;
  }
  if (changes.ncesId) {
    if (changes.ncesId->empty()) {
      district.ncesId.clear();
    } else {
      ACCORD_TRY(district.ncesId, checkNcesId(*changes.ncesId));
    }
    details["nces_id"] = district.ncesId;
  }
  if (changes.stateCode) {
    if (changes.stateCode->empty()) {
      district.stateCode.clear();
    } else {
      ACCORD_TRY(district.stateCode, checkDistrictStateCode(*changes.stateCode));
    }
    details["state_code"] = district.stateCode;
  }
  ACCORD_CHECK(tx->districts().update(district));
  ACCORD_CHECK(audit(*tx, districtId, caller, "district.update", "district", districtId, details, now));
  ACCORD_CHECK(tx->commit());
  return district;
}

}  // namespace accord::domain
