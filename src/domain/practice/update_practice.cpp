#include "domain/audit/use_cases.hpp"
#include "domain/practice/practice_input.hpp"
#include "domain/practice/use_cases.hpp"

namespace accord::domain {

Result<Practice> updatePractice(Store& store, const Caller& caller, long long districtId, long long practiceId,
                                const PracticeInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(mayWritePractices(*tx, districtId, caller.user));
  ACCORD_TRY(Practice practice, tx->practices().byId(practiceId));
  if (practice.districtId != districtId) return notFound("no such practice");
  if (input.decisionId) return invalid("decision_id", "is set only when the practice is created");
  ACCORD_CHECK(applyPracticeInput(*tx, districtId, input, practice, now));
  // What both sides signed is no longer what it says: both sign again before it is (re)published.
  bool wasPublished = practice.state == "published";
  practice.laborSignoffBy.reset();
  practice.laborSignoffAt.reset();
  practice.managementSignoffBy.reset();
  practice.managementSignoffAt.reset();
  practice.state = "draft";
  practice.publishedAt.reset();
  practice.updatedAt = now;
  ACCORD_CHECK(tx->practices().update(practice));
  ACCORD_CHECK(audit(*tx, districtId, caller, "practice.update", "practice", practice.id,
                     {{"unpublished", wasPublished}}, now));
  ACCORD_TRY(Practice stored, tx->practices().byId(practice.id));
  ACCORD_CHECK(tx->commit());
  return stored;
}

}  // namespace accord::domain
