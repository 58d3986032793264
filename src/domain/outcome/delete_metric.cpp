#include "domain/audit/use_cases.hpp"
#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

Result<void> deleteMetric(Store& store, const Caller& caller, long long districtId, const std::string& key,
                          UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(outcomeEditor(*tx, districtId, caller.user));
  ACCORD_TRY(Metric metric, tx->outcomes().metricByKey(districtId, key));
  if (metric.builtIn()) return forbidden("built-in metrics cannot be removed");
  ACCORD_CHECK(tx->outcomes().deleteMetric(districtId, metric.id));
  ACCORD_CHECK(audit(*tx, districtId, caller, "metric.delete", "metric", metric.id, metricAuditDetails(metric), now));
  return tx->commit();
}

}  // namespace accord::domain
