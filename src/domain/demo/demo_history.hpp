#pragma once
// Fifteen years of the demo district's partnership, as the design notes tell of the districts that
// have kept one: the district labor–management committee formed fifteen years ago under a former
// superintendent and union president, its charter signed then and revised when each of them handed
// over (three versions), decisions taken by two-party consent over the years, monthly committee
// meetings with their agendas and minutes, the co-chairs' weekly meeting of the last weeks, two
// school-site teams formed lately, action items, and a self-check every few years. Everything is
// done through the use cases at the time it happened, so the audit log, the decision log, the
// handbook's timeline and the home tell the story.
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "domain/demo/demo_people.hpp"
#include "domain/store.hpp"

namespace accord::domain {

// When the partnership began: the district and its first people date from then.
UnixSeconds demoFoundedAt(UnixSeconds now);

// When a demo person joined the district: the superintendent came eight years ago, everyone else
// was there from the start.
UnixSeconds demoJoinedAt(const DemoAccount& account, UnixSeconds now);

// People of the district's history who do not sign in (they have no password): the former
// superintendent and union president, and the second site team's principal and union site
// representative.
const std::vector<DemoAccount>& demoPeopleWithoutAccounts();

// The history of the district whose sign-in accounts are `accounts` (administrator first, then the
// superintendent and the union president) and whose charter holds `principles`, once: nothing is
// done when the district has a body.
Result<void> loadDemoHistory(Store& store, long long districtId, const std::vector<DemoAccount>& accounts,
                             const std::vector<std::string>& principles, UnixSeconds now);

}  // namespace accord::domain
