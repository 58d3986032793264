#include "domain/audit/use_cases.hpp"
#include "domain/outcome/rules.hpp"
#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

Result<SavedDemographics> setDemographics(Store& store, const Caller& caller, long long districtId,
                                          const DemographicsInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(outcomeEditor(*tx, districtId, caller.user));
  Demographics row;
  row.districtId = districtId;
  ACCORD_TRY(row.year, checkYear(input.year, now));
  if (input.schoolId < 0) return invalid("school_id", "is not a school of this district");
  if (input.schoolId > 0) {
    auto school = tx->outcomes().schoolById(districtId, input.schoolId);
    if (!school.ok()) {
      if (school.error().code == ErrorCode::kNotFound) return invalid("school_id", "is not a school of this district");
      return school.takeError();
    }
  }
  row.schoolId = input.schoolId;
  if (input.enrollment && *input.enrollment < 0) return invalid("enrollment", "cannot be negative");
  row.enrollment = input.enrollment;
  if (input.lowIncomePct) {
    ACCORD_TRY(row.lowIncomePct, checkPercent(*input.lowIncomePct, "low_income_pct"));
  }
  if (input.englishLearnersPct) {
    ACCORD_TRY(row.englishLearnersPct, checkPercent(*input.englishLearnersPct, "english_learners_pct"));
  }
  if (input.minorityPct) {
    ACCORD_TRY(row.minorityPct, checkPercent(*input.minorityPct, "minority_pct"));
  }
  row.source = "manual";
  row.updatedAt = now;

  ACCORD_TRY(auto before, tx->outcomes().findDemographics(districtId, row.year, row.schoolId));
  ACCORD_CHECK(tx->outcomes().upsertDemographics({row}));
  ACCORD_TRY(auto saved, tx->outcomes().findDemographics(districtId, row.year, row.schoolId));
  if (!saved) return internal("demographics saved are not found");
  ACCORD_CHECK(audit(*tx, districtId, caller, before ? "demographics.update" : "demographics.create", "demographics",
                     saved->id, {{"year", row.year}, {"school_id", row.schoolId}}, now));
  ACCORD_CHECK(tx->commit());
  return SavedDemographics{*saved, !before.has_value()};
}

}  // namespace accord::domain
