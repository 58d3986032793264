#include "domain/survey/suppression.hpp"

namespace accord::domain {

std::vector<bool> shownGroups(const std::vector<int>& counts, const std::vector<bool>& eligible, int total,
                              int minSize) {
  std::vector<bool> shown(counts.size(), false);
  int shownSum = 0;
  for (std::size_t g = 0; g < counts.size(); ++g) {
    shown[g] = eligible[g] && counts[g] >= minSize;
    if (shown[g]) shownSum += counts[g];
  }
  for (;;) {
    int remainder = total - shownSum;
    if (remainder <= 0 || remainder >= minSize) break;
    // Hide the smallest shown group; on a tie the later one, so the choice never depends on more than the counts.
    std::size_t smallest = counts.size();
    for (std::size_t g = 0; g < counts.size(); ++g)
      if (shown[g] && (smallest == counts.size() || counts[g] <= counts[smallest])) smallest = g;
    if (smallest == counts.size()) break;
    shown[smallest] = false;
    shownSum -= counts[smallest];
  }
  return shown;
}

}  // namespace accord::domain
