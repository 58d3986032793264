#pragma once
// The line of teams waiting for a place at an event.
#include <vector>

#include "domain/event/event.hpp"

namespace accord::domain {

// Moves waitlisted teams, first in line first, into the places free under the capacity; returns
// the teams promoted. The capacity counts registered teams, signed or not: a team holds its
// place from registration, so a place never changes hands while its members are signing.
Result<std::vector<long long>> fillPlaces(Transaction& tx, const Event& event, UnixSeconds now);

}  // namespace accord::domain
