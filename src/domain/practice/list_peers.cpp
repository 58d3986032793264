#include "domain/district/policy.hpp"
#include "domain/practice/use_cases.hpp"

namespace accord::domain {

Result<PeersResult> listPeers(Store& store, const Caller& caller, long long districtId, int limit) {
  ACCORD_TRY(auto tx, readPublishedIf(store, [&](Transaction& t) { return memberOf(t, districtId, caller.user); }));
  ACCORD_TRY(auto profiles, tx->practices().profiles());
  PeersResult result;
  const DistrictProfile* self = nullptr;
  for (const auto& p : profiles->districts)
    if (p.id == districtId) self = &p;
  if (!self) return notFound("no such district");
  if (!self->enrollment) result.missing.push_back("enrollment");
  if (!self->lowIncomePct) result.missing.push_back("low_income_pct");
  if (!self->englishLearnersPct) result.missing.push_back("english_learners_pct");
  if (!self->minorityPct) result.missing.push_back("minority_pct");
  auto peers = nearestPeers(*self, *profiles, limit);
  std::vector<long long> ids;
  for (const auto& peer : peers) ids.push_back(peer.district.id);
  ACCORD_TRY(auto titles, tx->practices().publishedTitles(ids, 5));
  for (std::size_t n = 0; n < peers.size(); ++n) {
    PeerView view;
    view.peer = std::move(peers[n]);
    view.practices = std::move(titles[n]);
    result.peers.push_back(std::move(view));
  }
  return result;
}

}  // namespace accord::domain
