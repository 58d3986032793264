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
  std::vector<Peer> peers;
  for (const auto& d : all) {
    if (d.id == self.id) continue;
    auto theirs = figures(d);
    if (!theirs[0] || !mine[0]) continue;
    Peer p{d, 0, 0};
    double total = 0;
    for (int i = 0; i < kFigures; ++i)
      if (mine[i] && theirs[i]) {
        double diff = (*mine[i] - *theirs[i]) / scale[i];
        total += diff * diff;
        ++p.sharedFigures;
      }
    p.distance = std::sqrt(total / p.sharedFigures);
    peers.push_back(std::move(p));
  }
  std::sort(peers.begin(), peers.end(), [](const Peer& a, const Peer& b) {
    if (a.sharedFigures != b.sharedFigures) return a.sharedFigures > b.sharedFigures;
    if (a.distance != b.distance) return a.distance < b.distance;
    return a.district.id < b.district.id;
  });
  if (static_cast<int>(peers.size()) > limit) peers.resize(limit);
  return peers;
}

}  // namespace accord::domain
