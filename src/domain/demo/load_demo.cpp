#include "domain/demo/load_demo.hpp"

#include "common/crypto.hpp"
#include "domain/account/account.hpp"
#include "domain/district/district.hpp"

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

}  // namespace

Result<DemoOutcome> loadDemo(Store& store, UnixSeconds now) {
  DemoOutcome out;
  out.accounts = demoAccounts();
  out.principles = {"No excuses.", "Understand each other's jobs.", "Be honest.", "We won't let each other fail."};

  ACCORD_TRY(auto tx, store.write());
  if (auto existing = tx->districts().byName(kDemoDistrictName); existing.ok()) {
    out.districtId = existing->id;
    return out;
  }

  District district;
  district.name = kDemoDistrictName;
  district.state = "CA";
  district.enrollment = 20000;
  district.lowIncomePct = 48.0;
  district.englishLearnersPct = 22.0;
  district.minorityPct = 92.0;
  district.createdAt = now;
  ACCORD_TRY(out.districtId, tx->districts().insert(district));

  // One hash for all demo accounts: hashing is deliberately slow.
  const std::string hash = crypto::hashPassword(kDemoPassword);
  for (const auto& account : out.accounts) {
    User user;
    user.email = account.email;
    user.name = account.name;
    user.admin = account.role == "administrator";
    user.passwordHash = hash;
    user.createdAt = now;
    auto found = tx->users().byEmail(user.email);
    if (found.ok()) {
      user.id = found->id;
    } else {
      ACCORD_TRY(user.id, tx->users().insert(user));
    }
    Membership m;
    m.districtId = out.districtId;
    m.userId = user.id;
    m.side = account.side;
    m.role = account.role;
    m.createdAt = now;
    ACCORD_CHECK(tx->districts().insertMembership(m));
  }
  ACCORD_CHECK(tx->commit());
  out.created = true;
  return out;
}

}  // namespace accord::domain
