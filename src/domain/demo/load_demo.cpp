#include "domain/demo/load_demo.hpp"

#include "common/calendar_date.hpp"
#include "common/crypto.hpp"
#include "domain/demo/demo_history.hpp"
#include "domain/demo/demo_network.hpp"
#include "domain/demo/demo_outcomes.hpp"
#include "domain/demo/demo_people.hpp"
#include "domain/district/district.hpp"
#include "domain/event/use_cases.hpp"

namespace accord::domain {

namespace {

const std::vector<DemoAccount>& demoAccounts() {
  static const std::vector<DemoAccount> accounts = {
      {"admin@demo.accord.example", "Accord Administrator", "neutral", "administrator"},
      {"superintendent@demo.accord.example", "Maria Delgado", "management", "superintendent"},
      {"union.president@demo.accord.example", "James Okafor", "labor", "union_president"},
      {"board.president@demo.accord.example", "Linda Chen", "management", "board_president"},
      {"principal@demo.accord.example", "Robert Nguyen", "management", "principal"},
      {"site.rep@demo.accord.example", "Ana Reyes", "labor", "site_rep"},
  };
  return accounts;
}

// A conference of the network two months ahead, organized by the administrator, with the demo
// district presenting; no team registers, so people can try registering one.
Result<void> loadEvent(Store& store, const DemoOutcome& demo, UnixSeconds now) {
  Caller admin;
  {
    ACCORD_TRY(auto tx, store.read());
    ACCORD_TRY(auto events, tx->events().list(1));
    if (!events.empty()) return Ok{};
    ACCORD_TRY(admin.user, tx->users().byEmail(demo.accounts[0].email));
  }
  EventInput input;
  input.title = "Labor-Management Partnership Conference";
  input.kind = "conference";
  input.startsOn = isoDateOf(now + 60 * 86400);
  input.endsOn = isoDateOf(now + 61 * 86400);
  input.place = "Sacramento Convention Center";
  input.description =
      "Two days for district teams — superintendent, union president and board president — to learn from "
      "partnerships that work and to write their own action plan.";
  input.teamCapacity = 25;
  input.pledge =
      "We will work as allies for our students, carry the plan we write here back to our district together, "
      "and report our progress at 30, 90 and 180 days.";
  input.registrationOpen = true;
  ACCORD_TRY(Event event, createEvent(store, admin, input, {demo.accounts[0].email}, now));
  SessionInput opening;
  opening.title = "Why partnerships raise achievement";
  opening.startsAt = *input.startsOn + "T09:00";
  opening.room = "Ballroom A";
  ACCORD_CHECK(addSession(store, admin, event.id, opening, now));
  SessionInput panel;
  panel.title = "Interest-based problem solving in a district committee";
  panel.startsAt = *input.startsOn + "T13:30";
  panel.room = "Room 204";
  panel.presentingDistrictIds = std::vector<long long>{demo.districtId};
  ACCORD_CHECK(addSession(store, admin, event.id, panel, now));
  return Ok{};
}

}  // namespace

Result<DemoOutcome> loadDemo(Store& store, UnixSeconds now, const DemoOptions& options) {
  DemoOutcome out;
  out.accounts = demoAccounts();
  if (options.network) out.networkAccounts = demoNetworkAccounts();
  out.principles = {"No excuses.", "Understand each other's jobs.", "Be honest.", "We won't let each other fail."};

  ACCORD_TRY(auto tx, store.write());
  if (auto existing = tx->districts().byName(kDemoDistrictName); existing.ok()) {
    out.districtId = existing->id;
    tx.reset();
    ACCORD_CHECK(loadDemoHistory(store, out.districtId, out.accounts, out.principles, now));
    ACCORD_CHECK(loadEvent(store, out, now));
    if (options.network) ACCORD_CHECK(loadDemoNetwork(store, now));
    return out;
  }

  District district;
  district.name = kDemoDistrictName;
  district.state = "CA";
  district.enrollment = 20000;
  district.lowIncomePct = 48.0;
  district.englishLearnersPct = 22.0;
  district.minorityPct = 92.0;
  district.createdAt = demoFoundedAt(now);
  ACCORD_TRY(out.districtId, tx->districts().insert(district));
  if (options.outcomes) {
    district.id = out.districtId;
    district.stateCode = "1964212";  // county 19, district 64212, as the state codes it
    ACCORD_CHECK(tx->districts().update(district));
    ACCORD_CHECK(loadDemoOutcomes(*tx, out.districtId, now));
  }
  // One hash for all demo accounts: hashing is deliberately slow.
  const std::string hash = crypto::hashPassword(kDemoPassword);
  // Each joined when the partnership's history says; the people of that history who no longer
  // take part (or do not sign in) have no password.
  std::vector<long long> people;
  for (const auto& account : out.accounts) {
    ACCORD_TRY(auto ids, addDemoPeople(*tx, out.districtId, {account}, hash, demoJoinedAt(account, now)));
    people.push_back(ids[0]);
  }
  ACCORD_CHECK(addDemoPeople(*tx, out.districtId, demoPeopleWithoutAccounts(), "", demoFoundedAt(now)));
  long long superintendentId = people[1];
  if (options.outcomes)
    ACCORD_CHECK(loadDemoSurveys(*tx, out.districtId, superintendentId, demoSchoolQualities(), now));
  ACCORD_CHECK(tx->commit());
  tx.reset();
  ACCORD_CHECK(loadDemoHistory(store, out.districtId, out.accounts, out.principles, now));
  ACCORD_CHECK(loadEvent(store, out, now));
  if (options.network) ACCORD_CHECK(loadDemoNetwork(store, now));
  out.created = true;
  return out;
}

}  // namespace accord::domain
