#include "domain/audit/use_cases.hpp"
#include "domain/practice/use_cases.hpp"

namespace accord::domain {

Result<Practice> signOffPractice(Store& store, const Caller& caller, long long districtId, long long practiceId,
                                 UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(std::string side, coChairSide(*tx, districtId, caller.user));
  ACCORD_TRY(Practice practice, tx->practices().byId(practiceId));
  if (practice.districtId != districtId) return notFound("no such practice");
  if (practice.state == "published") return conflict("the practice is published already");
  if (side == "labor") {
    practice.laborSignoffBy = caller.user.id;
    practice.laborSignoffAt = now;
  } else {
    practice.managementSignoffBy = caller.user.id;
    practice.managementSignoffAt = now;
  }
  bool publish = practice.laborSignoffBy && practice.managementSignoffBy;
  if (publish) {
    practice.state = "published";
    practice.publishedAt = now;
  }
  ACCORD_CHECK(tx->practices().update(practice));
  ACCORD_CHECK(audit(*tx, districtId, caller, "practice.sign_off", "practice", practice.id,
                     {{"side", side}, {"published", publish}}, now));
  ACCORD_TRY(Practice stored, tx->practices().byId(practice.id));
  ACCORD_CHECK(tx->commit());
  return stored;
}

}  // namespace accord::domain
