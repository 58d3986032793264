#include "domain/audit/use_cases.hpp"
#include "domain/survey/use_cases.hpp"

namespace accord::domain {

Result<InstrumentView> updateClimateInstrument(Store& store, const Caller& caller, long long districtId,
                                               const nlohmann::json& document, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(SurveyAccess access, surveyAccess(*tx, districtId, caller.user));
  ACCORD_CHECK(mayManageSurveys(access));
  ACCORD_TRY(ClimateInstrument instrument, instrumentFromJson(document));
  ACCORD_CHECK(tx->surveys().saveInstrument(districtId, instrument, now));
  std::size_t items = 0;
  for (const auto& area : instrument.areas) items += area.items.size();
  ACCORD_CHECK(audit(*tx, districtId, caller, "survey_instrument.update", "district", districtId,
                     {{"areas", instrument.areas.size()}, {"items", items}}, now));
  ACCORD_CHECK(tx->commit());
  return InstrumentView{std::move(instrument), true};
}

}  // namespace accord::domain
