#pragma once
// Small-group suppression, shared by the climate and network survey results.
#include <vector>

namespace accord::domain {

// Which groups of one partition of the respondents (the schools, or the sides) may be shown.
//
// A group is shown only when it is `eligible` (its parent result is shown) and its count reaches
// `minSize`. The whole (`total`, which may exceed the sum of the counts when some respondents are
// in no listed group) is shown beside the groups, so whatever stays hidden could be worked out by
// subtracting the shown groups from the whole; while that remainder is more than nothing but less
// than `minSize`, the smallest shown group is hidden as well, until the remainder is safe.
std::vector<bool> shownGroups(const std::vector<int>& counts, const std::vector<bool>& eligible, int total,
                              int minSize);

}  // namespace accord::domain
