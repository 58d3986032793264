#include "domain/survey/use_cases.hpp"

namespace accord::domain {

Result<InstrumentView> getClimateInstrument(Store& store, const Caller& caller, long long districtId) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(SurveyAccess access, surveyAccess(*tx, districtId, caller.user));
  ACCORD_TRY(auto stored, tx->surveys().instrument(districtId));
  if (stored) return InstrumentView{std::move(*stored), true};
  return InstrumentView{defaultInstrument(), false};
}

}  // namespace accord::domain
