#include "domain/audit/use_cases.hpp"
#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

Result<void> deleteMetricValue(Store& store, const Caller& caller, long long districtId, long long valueId,
                               UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(outcomeEditor(*tx, districtId, caller.user));
  ACCORD_TRY(MetricValue v, tx->outcomes().valueById(districtId, valueId));
  ACCORD_CHECK(tx->outcomes().deleteValue(districtId, valueId));
  ACCORD_CHECK(audit(*tx, districtId, caller, "metric_value.delete", "metric_value", v.id,
                     {{"metric", v.metricKey}, {"year", v.year}, {"scope", v.scope}, {"school_id", v.schoolId},
                      {"group", v.group}},
                     now));
  return tx->commit();
}

}  // namespace accord::domain
