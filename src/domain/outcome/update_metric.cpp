#include "domain/audit/use_cases.hpp"
#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

Result<Metric> updateMetric(Store& store, const Caller& caller, long long districtId, const std::string& key,
                            const MetricInput& input, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(outcomeEditor(*tx, districtId, caller.user));
  ACCORD_TRY(Metric metric, tx->outcomes().metricByKey(districtId, key));
  if (metric.builtIn()) return forbidden("built-in metrics cannot be changed");
  if (input.key && *input.key != metric.key) return invalid("key", "cannot be changed");
  ACCORD_CHECK(applyMetricInput(metric, input));
  ACCORD_CHECK(tx->outcomes().updateMetric(metric));
  ACCORD_CHECK(audit(*tx, districtId, caller, "metric.update", "metric", metric.id, metricAuditDetails(metric), now));
  ACCORD_CHECK(tx->commit());
  return metric;
}

}  // namespace accord::domain
