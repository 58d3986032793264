#include "domain/practice/peers.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace accord::domain {

namespace {

constexpr int kFigures = 4;

std::array<std::optional<double>, kFigures> figures(const DistrictProfile& d) {
  std::optional<double> size;
  if (d.enrollment && *d.enrollment > 0) size = std::log10(static_cast<double>(*d.enrollment));
  return {size, d.lowIncomePct, d.englishLearnersPct, d.minorityPct};
}

}  // namespace

std::vector<Peer> nearestPeers(const DistrictProfile& self, const std::vector<DistrictProfile>& all, int limit) {
  std::array<double, kFigures> sum{}, sumSq{}, count{};
  for (const auto& d : all) {
    auto f = figures(d);
    for (int i = 0; i < kFigures; ++i)
      if (f[i]) {
        sum[i] += *f[i];
        sumSq[i] += *f[i] * *f[i];
        count[i] += 1;
      }
  }
  std::array<double, kFigures> scale{};
  for (int i = 0; i < kFigures; ++i) {
    double variance = count[i] > 1 ? (sumSq[i] - sum[i] * sum[i] / count[i]) / (count[i] - 1) : 0;
    // With one district, or all alike, a figure still counts, on its own unit.
    scale[i] = variance > 1e-12 ? std::sqrt(variance) : 1.0;
  }
  auto mine = figures(self);
  if (!mine[0] || limit <= 0) return {};
  // Ranked by index and copied out at the end: a national network has 13,000 districts to rank.
  struct Candidate {
    std::size_t index;
    double distance;
    int sharedFigures;
  };
  std::vector<Candidate> candidates;
  candidates.reserve(all.size());
  for (std::size_t n = 0; n < all.size(); ++n) {
    const auto& d = all[n];
    if (d.id == self.id) continue;
    auto theirs = figures(d);
    if (!theirs[0]) continue;
    Candidate c{n, 0, 0};
    double total = 0;
    for (int i = 0; i < kFigures; ++i)
      if (mine[i] && theirs[i]) {
        double diff = (*mine[i] - *theirs[i]) / scale[i];
        total += diff * diff;
        ++c.sharedFigures;
      }
    c.distance = std::sqrt(total / c.sharedFigures);
    candidates.push_back(c);
  }
  auto nearer = [&](const Candidate& a, const Candidate& b) {
    if (a.sharedFigures != b.sharedFigures) return a.sharedFigures > b.sharedFigures;
    if (a.distance != b.distance) return a.distance < b.distance;
    return all[a.index].id < all[b.index].id;
  };
  auto kept = std::min(candidates.size(), static_cast<std::size_t>(limit));
  std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(kept), candidates.end(),
                    nearer);
  std::vector<Peer> peers;
  peers.reserve(kept);
  for (std::size_t n = 0; n < kept; ++n)
    peers.push_back(Peer{all[candidates[n].index], candidates[n].distance, candidates[n].sharedFigures});
  return peers;
}

}  // namespace accord::domain
