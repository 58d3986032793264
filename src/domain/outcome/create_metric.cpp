#include "domain/audit/use_cases.hpp"
#include "domain/outcome/rules.hpp"
#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

Result<void> applyMetricInput(Metric& metric, const MetricInput& input) {
  if (input.nameEn) {
    ACCORD_TRY(metric.nameEn, checkLabel(*input.nameEn, "name_en"));
  }
  if (input.nameEs) {
    ACCORD_TRY(metric.nameEs, checkLabel(*input.nameEs, "name_es"));
  }
  if (input.unit) {
    if (!isMetricUnit(*input.unit)) return invalid("unit", "must be percent, count or number");
    metric.unit = *input.unit;
  }
  if (input.higherIsBetter) metric.higherIsBetter = *input.higherIsBetter;
  return Ok{};
}

nlohmann::json metricAuditDetails(const Metric& metric) {
  return {{"key", metric.key}, {"name_en", metric.nameEn}, {"unit", metric.unit}};
}

Result<Metric> createMetric(Store& store, const Caller& caller, long long districtId, const MetricInput& input,
                            UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(outcomeEditor(*tx, districtId, caller.user));
  if (!input.key) return invalid("key", "is required");
  if (!input.nameEn) return invalid("name_en", "is required");
  if (!input.unit) return invalid("unit", "is required");
  Metric metric;
  metric.districtId = districtId;
  ACCORD_TRY(metric.key, checkMetricKey(*input.key));
  ACCORD_CHECK(applyMetricInput(metric, input));
  // A Spanish name defaults to the English one until someone translates it.
  if (!input.nameEs) metric.nameEs = metric.nameEn;
  metric.createdAt = now;
  auto existing = tx->outcomes().metricByKey(districtId, metric.key);
  if (existing.ok()) return conflict("a metric with this key exists already", "key");
  if (existing.error().code != ErrorCode::kNotFound) return existing.takeError();
  ACCORD_TRY(metric.id, tx->outcomes().insertMetric(metric));
  ACCORD_CHECK(audit(*tx, districtId, caller, "metric.create", "metric", metric.id, metricAuditDetails(metric), now));
  ACCORD_CHECK(tx->commit());
  return metric;
}

}  // namespace accord::domain
