#include "domain/audit/use_cases.hpp"
#include "domain/outcome/rules.hpp"
#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

Result<SavedValue> setMetricValue(Store& store, const Caller& caller, long long districtId, const ValueInput& input,
                                  UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(outcomeEditor(*tx, districtId, caller.user));
  if (input.metricKey.empty()) return invalid("metric", "is required");
  auto metric = tx->outcomes().metricByKey(districtId, input.metricKey);
  if (!metric.ok()) {
    if (metric.error().code == ErrorCode::kNotFound) return invalid("metric", "is not a metric of this district");
    return metric.takeError();
  }
  MetricValue v;
  v.districtId = districtId;
  v.metricId = metric->id;
  v.metricKey = metric->key;
  ACCORD_TRY(v.year, checkYear(input.year, now));
  if (!isValueScope(input.scope)) return invalid("scope", "must be district, school or state");
  v.scope = input.scope;
  if (v.scope == "school") {
    if (input.schoolId <= 0) return invalid("school_id", "is required for a school's value");
    auto school = tx->outcomes().schoolById(districtId, input.schoolId);
    if (!school.ok()) {
      if (school.error().code == ErrorCode::kNotFound) return invalid("school_id", "is not a school of this district");
      return school.takeError();
    }
    v.schoolId = input.schoolId;
  } else if (input.schoolId != 0) {
    return invalid("school_id", "is only for a school's value");
  }
  ACCORD_TRY(v.group, normalizeGroup(input.group));
  if (input.value) {
    ACCORD_TRY(v.value, checkMetricValue(*input.value, metric->unit));
  }
  if (input.n && *input.n < 0) return invalid("n", "cannot be negative");
  v.n = input.n;
  v.source = "manual";
  v.updatedAt = now;

  ACCORD_TRY(auto before, tx->outcomes().findValue(v));
  ACCORD_CHECK(tx->outcomes().upsertValues({v}));
  ACCORD_TRY(auto saved, tx->outcomes().findValue(v));
  if (!saved) return internal("a value saved is not found");
  nlohmann::json details = {{"metric", v.metricKey}, {"year", v.year},
                            {"scope", v.scope},      {"school_id", v.schoolId},
                            {"group", v.group},      {"value", v.value ? nlohmann::json(*v.value) : nullptr}};
  ACCORD_CHECK(audit(*tx, districtId, caller, before ? "metric_value.update" : "metric_value.create", "metric_value",
                     saved->id, details, now));
  ACCORD_CHECK(tx->commit());
  return SavedValue{*saved, !before.has_value()};
}

}  // namespace accord::domain
