#include "domain/survey/policy.hpp"

#include "domain/body/body.hpp"
#include "domain/body/policy.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

namespace {
Result<bool> coChairsDistrictCommittee(Transaction& tx, long long districtId, long long userId) {
  ACCORD_TRY(auto seats, tx.bodies().seatsOf(districtId, userId));
  for (const auto& seat : seats) {
    ACCORD_TRY(Body body, tx.bodies().byId(districtId, seat.bodyId));
    if (body.level == "district" && (body.laborCoChairId == userId || body.managementCoChairId == userId)) return true;
  }
  return false;
}
}  // namespace

Result<SurveyAccess> surveyAccess(Transaction& tx, long long districtId, const User& caller) {
  SurveyAccess access;
  ACCORD_TRY(access.district, memberOf(tx, districtId, caller));
  access.steward = isDistrictLeader(access.district);
  if (!access.steward) {
    ACCORD_TRY(access.steward, coChairsDistrictCommittee(tx, districtId, caller.id));
  }
  return access;
}

Result<WindowAccess> windowAccess(Transaction& tx, long long districtId, long long windowId, const User& caller) {
  WindowAccess out;
  ACCORD_TRY(out.access, surveyAccess(tx, districtId, caller));
  ACCORD_TRY(out.window, tx.surveys().window(districtId, windowId));
  return out;
}

Result<void> mayManageSurveys(const SurveyAccess& access) {
  if (access.steward) return Ok{};
  return forbidden("only the district's leaders and the district committee's co-chairs may run the surveys");
}

bool mayReadResults(const SurveyWindow& window, const std::string& today) {
  return windowStatus(window, today) == "closed";
}

Result<void> checkMayReadResults(const SurveyWindow& window, const std::string& today) {
  if (mayReadResults(window, today)) return Ok{};
  return conflict("results are shown when the window closes on " + window.closesOn, "window");
}

}  // namespace accord::domain
