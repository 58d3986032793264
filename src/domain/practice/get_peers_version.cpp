#include "domain/district/policy.hpp"
#include "domain/practice/use_cases.hpp"

namespace accord::domain {

Result<std::optional<PeersVersion>> getPeersVersion(Store& store, const Caller& caller, long long districtId) {
  ACCORD_TRY(auto tx, readPublishedIf(store, [&](Transaction& t) { return memberOf(t, districtId, caller.user); }));
  return tx->practices().peersVersion();
}

}  // namespace accord::domain
