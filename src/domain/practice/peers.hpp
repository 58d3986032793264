#pragma once
// Peer districts: the nearest by size and demographics.
#include <vector>

#include "domain/practice/practice.hpp"

namespace accord::domain {

struct Peer {
  DistrictProfile district;
  double distance = 0;  // 0 is identical; about 1 is one standard deviation apart on every figure
  int sharedFigures = 0;
};

// The `limit` districts of `all` nearest to `self` (never itself), on enrollment (log scale),
// low-income %, English learners % and minority %, each divided by its standard deviation across
// the districts that report it. The distance is the root mean square over the figures both
// districts report. A district without enrollment, or sharing no figure with `self`, is left out;
// among the rest, those sharing fewer figures come after those sharing more.
std::vector<Peer> nearestPeers(const DistrictProfile& self, const ProfileList& all, int limit);

// The districts with their figures and the figures' spread worked out, ready for nearestPeers.
ProfileList profileList(std::vector<DistrictProfile> districts);

}  // namespace accord::domain
