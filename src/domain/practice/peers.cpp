#include "domain/practice/peers.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace accord::domain {

namespace {

constexpr int kFigures = 4;
using Figures = std::array<double, kFigures>;

// A district's figures and a bit for each it reports.
unsigned char figuresOf(const DistrictProfile& d, Figures& out) {
  std::array<std::optional<double>, kFigures> f = {std::nullopt, d.lowIncomePct, d.englishLearnersPct, d.minorityPct};
  if (d.enrollment && *d.enrollment > 0) f[0] = std::log10(static_cast<double>(*d.enrollment));
  unsigned char reported = 0;
  for (int i = 0; i < kFigures; ++i) {
    out[i] = f[i].value_or(0);
    if (f[i]) reported |= static_cast<unsigned char>(1u << i);
  }
  return reported;
}

}  // namespace

ProfileList profileList(std::vector<DistrictProfile> districts) {
  ProfileList list;
  list.districts = std::move(districts);
  list.figures.resize(list.districts.size());
  list.reported.resize(list.districts.size());
  Figures sum{}, sumSq{}, count{};
  for (std::size_t n = 0; n < list.districts.size(); ++n) {
    list.reported[n] = figuresOf(list.districts[n], list.figures[n]);
    for (int i = 0; i < kFigures; ++i)
      if (list.reported[n] & (1u << i)) {
        sum[i] += list.figures[n][i];
        sumSq[i] += list.figures[n][i] * list.figures[n][i];
        count[i] += 1;
      }
  }
  for (int i = 0; i < kFigures; ++i) {
    double variance = count[i] > 1 ? (sumSq[i] - sum[i] * sum[i] / count[i]) / (count[i] - 1) : 0;
    // With one district, or all alike, a figure still counts, on its own unit.
    list.scale[i] = variance > 1e-12 ? std::sqrt(variance) : 1.0;
  }
  return list;
}

std::vector<Peer> nearestPeers(const DistrictProfile& self, const ProfileList& all, int limit) {
  Figures mine{};
  unsigned char myReported = figuresOf(self, mine);
  if (!(myReported & 1u) || limit <= 0) return {};
  // Ranked by index and copied out at the end: a national network has 13,000 districts to rank.
  struct Candidate {
    std::size_t index;
    double distance;
    int sharedFigures;
  };
  std::vector<Candidate> candidates;
  candidates.reserve(all.districts.size());
  for (std::size_t n = 0; n < all.districts.size(); ++n) {
    unsigned char shared = myReported & all.reported[n];
    if (!(shared & 1u) || all.districts[n].id == self.id) continue;
    Candidate c{n, 0, 0};
    double total = 0;
    for (int i = 0; i < kFigures; ++i)
      if (shared & (1u << i)) {
        double diff = (mine[i] - all.figures[n][i]) / all.scale[i];
        total += diff * diff;
        ++c.sharedFigures;
      }
    c.distance = std::sqrt(total / c.sharedFigures);
    candidates.push_back(c);
  }
  auto nearer = [&](const Candidate& a, const Candidate& b) {
    if (a.sharedFigures != b.sharedFigures) return a.sharedFigures > b.sharedFigures;
    if (a.distance != b.distance) return a.distance < b.distance;
    return all.districts[a.index].id < all.districts[b.index].id;
  };
  auto kept = std::min(candidates.size(), static_cast<std::size_t>(limit));
  std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(kept), candidates.end(),
                    nearer);
  std::vector<Peer> peers;
  peers.reserve(kept);
  for (std::size_t n = 0; n < kept; ++n)
    peers.push_back(Peer{all.districts[candidates[n].index], candidates[n].distance, candidates[n].sharedFigures});
  return peers;
}

}  // namespace accord::domain
