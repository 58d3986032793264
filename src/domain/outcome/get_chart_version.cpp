#include "domain/outcome/use_cases.hpp"

namespace accord::domain {

Result<std::optional<long long>> getChartVersion(Store& store, const Caller& caller, long long districtId) {
  ACCORD_TRY(auto tx, readPublishedIf(store, [&](Transaction& t) { return outcomeReader(t, districtId, caller.user); }));
  return tx->outcomes().chartVersion(districtId);
}

}  // namespace accord::domain
