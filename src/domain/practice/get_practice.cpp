#include <map>

#include "domain/district/policy.hpp"
#include "domain/outcome/outcome.hpp"
#include "domain/outcome/rules.hpp"
#include "domain/practice/markdown.hpp"
#include "domain/practice/use_cases.hpp"

namespace accord::domain {

namespace {

// The district's own values (all students) of one metric, by year, between two years.
Result<std::map<int, double>> districtValues(Transaction& tx, long long districtId, long long metricId, int fromYear,
                                             int toYear) {
  SeriesQuery query;
  query.metricIds = {metricId};
  query.fromYear = fromYear;
  query.toYear = toYear;
  ACCORD_TRY(auto values, tx.outcomes().series(districtId, query));
  std::map<int, double> byYear;
  for (const auto& v : values)
    if (v.scope == "district" && v.group == kAllStudents && v.value) byYear[v.year] = *v.value;
  return byYear;
}

Result<std::vector<AdopterChange>> adopterChanges(Transaction& tx, const Practice& practice) {
  std::vector<AdopterChange> out;
  ACCORD_TRY(auto adoptions, tx.practices().adoptions(practice.id));
  for (const auto& adoption : adoptions) {
    if (!adoption.shareOutcomes) continue;
    // From the last school year that ended before the adoption, over the practice's own span.
    int baseline = yearOf(adoption.adoptedAt) - 1;
    for (const auto& span : practice.evidence) {
      auto metric = tx.outcomes().metricByKey(adoption.districtId, span.metricKey);
      if (!metric.ok()) continue;
      ACCORD_TRY(auto values, districtValues(tx, adoption.districtId, metric->id, baseline,
                                             baseline + (span.toYear - span.fromYear)));
      auto start = values.find(baseline);
      if (start == values.end() || values.rbegin()->first == baseline) continue;
      out.push_back({adoption.districtId, adoption.districtName, span.metricKey, baseline, values.rbegin()->first,
                     start->second, values.rbegin()->second});
    }
  }
  return out;
}

}  // namespace

Result<PracticeView> getPractice(Store& store, const Caller* caller, long long practiceId) {
  ACCORD_TRY(auto tx, store.read());
  PracticeView view;
  ACCORD_TRY(view.practice, readablePractice(*tx, practiceId, caller ? &caller->user : nullptr));
  const Practice& p = view.practice;
  view.inCallersDistrict = caller && memberOf(*tx, p.districtId, caller->user).ok();
  if (caller) {
    ACCORD_TRY(view.follow, tx->practices().followState(p.id, caller->user.id));
  }
  view.html = renderMarkdown(p.body);
  for (const auto& span : p.evidence) {
    EvidenceView e;
    e.span = span;
    auto metric = tx->outcomes().metricByKey(p.districtId, span.metricKey);
    if (metric.ok()) {
      e.nameEn = metric->nameEn;
      e.nameEs = metric->nameEs;
      e.unit = metric->unit;
      ACCORD_TRY(auto values, districtValues(*tx, p.districtId, metric->id, span.fromYear, span.toYear));
      if (auto it = values.find(span.fromYear); it != values.end()) e.fromValue = it->second;
      if (auto it = values.find(span.toYear); it != values.end()) e.toValue = it->second;
    }
    view.evidence.push_back(std::move(e));
  }
  if (p.state == "published") {
    ACCORD_TRY(view.adopterChanges, adopterChanges(*tx, p));
  }
  return view;
}

}  // namespace accord::domain
