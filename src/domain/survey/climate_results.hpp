#pragma once
// The climate survey's results: pure aggregation of a window's stored responses.
//
// For a group of respondents and an area, `n` counts the respondents who answered at least one of
// the area's items; `mean` is the mean of those respondents' own means over the items they answered
// (so each person weighs the same, however many items they skipped), rounded to two decimals; and
// `distribution` counts the answers given in the area, by value 1..5. An item's statistics are
// those of its answers alone.
//
// Suppression (the window's minimum group size): the whole district, each school and each side is
// shown only when it has at least that many respondents, and each area within a shown group only
// when that many of them answered it; groups are also hidden so that nothing hidden can be worked
// out by subtraction from the whole (suppression.hpp). Item results are given for the whole district
// only, and for an area either every item is shown or none, so that no hidden item can be worked
// out from its area. A hidden result carries no numbers at all.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "domain/survey/survey.hpp"

namespace accord::domain {

struct LikertStats {
  bool shown = false;
  int n = 0;
  std::optional<double> mean;  // none when n is 0
  std::array<int, kLikertPoints> distribution{};
  bool operator==(const LikertStats&) const = default;
};

struct ItemResult {
  std::string key;
  LikertStats stats;
  bool operator==(const ItemResult&) const = default;
};

struct AreaResult {
  std::string key;
  LikertStats stats;
  bool itemsShown = false;
  std::vector<ItemResult> items;  // the whole district only, and only when itemsShown
  bool operator==(const AreaResult&) const = default;
};

struct GroupResult {
  std::string name;  // the school or the side; empty for the whole district
  bool shown = false;
  int n = 0;                      // respondents
  std::vector<AreaResult> areas;  // empty when hidden
  bool operator==(const GroupResult&) const = default;
};

// Labor mean − management mean for an area, when both sides' results for it are shown.
struct AreaGap {
  std::string area;
  std::optional<double> laborMean;
  std::optional<double> managementMean;
  std::optional<double> gap;
  bool operator==(const AreaGap&) const = default;
};

struct ClimateResults {
  GroupResult overall;
  std::vector<GroupResult> schools;  // in the window's order of schools
  std::vector<GroupResult> sides;    // labor, management, neutral
  std::vector<AreaGap> gaps;         // one per area, in the instrument's order
  bool operator==(const ClimateResults&) const = default;
};

inline const std::vector<std::string>& surveySides() {
  static const std::vector<std::string> sides = {"labor", "management", "neutral"};
  return sides;
}

ClimateResults computeClimateResults(const ClimateInstrument& instrument, const std::vector<std::string>& schools,
                                     int minSize, const std::vector<ClimateResponse>& responses);

// `value` rounded to `decimals` places, for reporting.
double roundTo(double value, int decimals);

}  // namespace accord::domain
