#include "domain/outcome/rules.hpp"
#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

Result<Page<MetricValue>> listMetricValues(Store& store, const Caller& caller, long long districtId,
                                           const ValueListQuery& query, long long cursor, int limit) {
  ACCORD_TRY(auto tx, readPublishedIf(store, [&](Transaction& t) { return outcomeReader(t, districtId, caller.user); }));
  ValueFilter filter;
  if (!query.metricKey.empty()) {
    auto metric = tx->outcomes().metricByKey(districtId, query.metricKey);
    if (!metric.ok()) {
      if (metric.error().code == ErrorCode::kNotFound) return invalid("metric", "is not a metric of this district");
      return metric.takeError();
    }
    filter.metricId = metric->id;
  }
  if (!query.scope.empty() && !isValueScope(query.scope)) return invalid("scope", "must be district, school or state");
  if (!query.group.empty()) {
    ACCORD_TRY(filter.group, normalizeGroup(query.group));
  }
  filter.year = query.year;
  filter.scope = query.scope;
  filter.schoolId = query.schoolId;
  return tx->outcomes().listValues(districtId, filter, cursor, limit);
}

}  // namespace accord::domain
