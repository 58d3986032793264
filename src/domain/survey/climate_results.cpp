#include "domain/survey/climate_results.hpp"

#include <cmath>
#include <map>
#include <utility>

#include "domain/survey/suppression.hpp"

namespace accord::domain {

namespace {

// Running sums of one area or item within one group.
struct Tally {
  int n = 0;
  double sum = 0;  // of the values (an item) or of the respondents' means (an area)
  std::array<int, kLikertPoints> distribution{};
};

struct GroupTally {
  int n = 0;
  std::vector<Tally> areas;
  std::vector<std::vector<Tally>> items;  // [area][item]

  explicit GroupTally(const ClimateInstrument& instrument) : areas(instrument.areas.size()) {
    for (const auto& area : instrument.areas) items.emplace_back(area.items.size());
  }
};

using Places = std::map<std::string, std::pair<std::size_t, std::size_t>, std::less<>>;

void add(GroupTally& group, const Places& places, const ClimateResponse& response) {
  std::vector<double> areaSums(group.areas.size(), 0);
  std::vector<int> areaCounts(group.areas.size(), 0);
  for (const auto& answer : response.answers) {
    auto place = places.find(answer.item);
    if (place == places.end() || answer.value < 1 || answer.value > kLikertPoints) continue;
    auto [a, i] = place->second;
    Tally& item = group.items[a][i];
    ++item.n;
    item.sum += answer.value;
    ++item.distribution[answer.value - 1];
    ++group.areas[a].distribution[answer.value - 1];
    areaSums[a] += answer.value;
    ++areaCounts[a];
  }
  for (std::size_t a = 0; a < group.areas.size(); ++a) {
    if (areaCounts[a] == 0) continue;
    ++group.areas[a].n;
    group.areas[a].sum += areaSums[a] / areaCounts[a];
  }
  ++group.n;
}

LikertStats shownStats(const Tally& t) {
  LikertStats s;
  s.shown = true;
  s.n = t.n;
  if (t.n > 0) s.mean = roundTo(t.sum / t.n, 2);
  s.distribution = t.distribution;
  return s;
}

// The groups of one partition (schools or sides), each checked against the whole district.
std::vector<GroupResult> partitionResults(const ClimateInstrument& instrument, const std::vector<std::string>& names,
                                          const std::vector<GroupTally>& groups, const GroupTally& whole,
                                          bool wholeShown, int minSize) {
  std::vector<int> counts;
  for (const auto& g : groups) counts.push_back(g.n);
  auto shown = shownGroups(counts, std::vector<bool>(groups.size(), wholeShown), whole.n, minSize);
  std::vector<std::vector<bool>> areaShown;  // [area][group]
  for (std::size_t a = 0; a < instrument.areas.size(); ++a) {
    std::vector<int> areaCounts;
    for (const auto& g : groups) areaCounts.push_back(g.areas[a].n);
    areaShown.push_back(shownGroups(areaCounts, shown, whole.areas[a].n, minSize));
  }
  std::vector<GroupResult> out;
  for (std::size_t g = 0; g < groups.size(); ++g) {
    GroupResult result;
    result.name = names[g];
    result.shown = shown[g];
    if (shown[g]) {
      result.n = groups[g].n;
      for (std::size_t a = 0; a < instrument.areas.size(); ++a) {
        AreaResult area;
        area.key = instrument.areas[a].key;
        if (areaShown[a][g]) area.stats = shownStats(groups[g].areas[a]);
        result.areas.push_back(std::move(area));
      }
    }
    out.push_back(std::move(result));
  }
  return out;
}

}  // namespace

double roundTo(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  return std::round(value * scale) / scale;
}

ClimateResults computeClimateResults(const ClimateInstrument& instrument, const std::vector<std::string>& schools,
                                     int minSize, const std::vector<ClimateResponse>& responses) {
  Places places;
  for (std::size_t a = 0; a < instrument.areas.size(); ++a)
    for (std::size_t i = 0; i < instrument.areas[a].items.size(); ++i)
      places.emplace(instrument.areas[a].items[i].key, std::pair{a, i});

  const auto& sides = surveySides();
  GroupTally whole(instrument);
  std::vector<GroupTally> bySchool(schools.size(), GroupTally(instrument));
  std::vector<GroupTally> bySide(sides.size(), GroupTally(instrument));
  for (const auto& response : responses) {
    add(whole, places, response);
    if (response.school)
      for (std::size_t s = 0; s < schools.size(); ++s)
        if (schools[s] == *response.school) add(bySchool[s], places, response);
    for (std::size_t s = 0; s < sides.size(); ++s)
      if (sides[s] == response.side) add(bySide[s], places, response);
  }

  ClimateResults results;
  results.overall.shown = whole.n >= minSize;
  if (results.overall.shown) {
    results.overall.n = whole.n;
    for (std::size_t a = 0; a < instrument.areas.size(); ++a) {
      const SurveyArea& spec = instrument.areas[a];
      AreaResult area;
      area.key = spec.key;
      if (whole.areas[a].n >= minSize) {
        area.stats = shownStats(whole.areas[a]);
        // Every item of the area, or none: a single hidden item could be worked out from the others.
        area.itemsShown = true;
        for (const auto& item : whole.items[a])
          if (item.n > 0 && item.n < minSize) area.itemsShown = false;
        if (area.itemsShown)
          for (std::size_t i = 0; i < spec.items.size(); ++i)
            area.items.push_back({spec.items[i].key, shownStats(whole.items[a][i])});
      }
      results.overall.areas.push_back(std::move(area));
    }
  }
  results.schools = partitionResults(instrument, schools, bySchool, whole, results.overall.shown, minSize);
  results.sides = partitionResults(instrument, sides, bySide, whole, results.overall.shown, minSize);

  const GroupResult& labor = results.sides[0];
  const GroupResult& management = results.sides[1];
  for (std::size_t a = 0; a < instrument.areas.size(); ++a) {
    AreaGap gap;
    gap.area = instrument.areas[a].key;
    if (labor.shown && labor.areas[a].stats.shown) gap.laborMean = labor.areas[a].stats.mean;
    if (management.shown && management.areas[a].stats.shown) gap.managementMean = management.areas[a].stats.mean;
    if (gap.laborMean && gap.managementMean) gap.gap = roundTo(*gap.laborMean - *gap.managementMean, 2);
    results.gaps.push_back(std::move(gap));
  }
  return results;
}

}  // namespace accord::domain
