// The decision log: every closed decision appended to a hash chain per district, which any
// member of the district can read and verify; a row changed behind Accord's back is found.
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "common/clock.hpp"
#include "common/crypto.hpp"
#include "domain/decision/decision_log.hpp"
#include "partnership_fixture.hpp"
#include "store/postgres/postgres_store.hpp"

namespace accord::testing {
namespace {

class DecisionLogApi : public PartnershipApi {};
ACCORD_ON_EVERY_BACKEND(DecisionLogApi);

TEST_P(DecisionLogApi, EveryClosedDecisionIsChainedToTheOneBefore) {
  long long first = decide("Bell schedule");
  long long second = decide("Bus routes", true);
  auto r = get(base_ + "/decision-log", &outsider_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto items = r.json()["items"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]["seq"], 1);
  EXPECT_EQ(items[0]["decision_id"], first);
  EXPECT_EQ(items[0]["prev_hash"], std::string(64, '0'));
  EXPECT_EQ(items[0]["entry"]["outcome"], "adopted");
  EXPECT_EQ(items[0]["entry"]["title"], "Bell schedule");
  EXPECT_EQ(items[1]["decision_id"], second);
  EXPECT_EQ(items[1]["entry"]["outcome"], "no_consent");
  EXPECT_EQ(items[1]["entry"]["fallback"], "The superintendent decides after hearing both sides.");
  EXPECT_EQ(items[1]["prev_hash"], items[0]["hash"]);
  std::string canonical = items[1]["canonical"];
  EXPECT_EQ(items[1]["hash"], crypto::sha256Hex(items[0]["hash"].get<std::string>() + canonical));
  EXPECT_EQ(canonical, items[1]["entry"].dump());

  auto verified = get(base_ + "/decision-log/verify", &management_);
  ASSERT_EQ(verified.status, 200);
  EXPECT_EQ(verified.json()["ok"], true);
  EXPECT_EQ(verified.json()["entries"], 2);
  EXPECT_EQ(verified.json()["head_hash"], items[1]["hash"]);
}

TEST_P(DecisionLogApi, ARowChangedInTheDatabaseIsFound) {
  decide("Bell schedule");
  decide("Bus routes");
  decide("Library hours");
  {
    auto sql = rawSession();
    *sql << "UPDATE decision_log SET entry = REPLACE(entry, 'Bus routes', 'Bus routes cut') WHERE seq = 2";
  }
  auto r = get(base_ + "/decision-log/verify", &labor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["ok"], false);
  EXPECT_EQ(r.json()["first_bad_seq"], 2);
  EXPECT_TRUE(r.json()["reason"].is_string());
}

TEST_P(DecisionLogApi, ARewrittenEntryWithAFreshHashBreaksTheNextLink) {
  decide("Bell schedule");
  decide("Bus routes");
  {
    auto sql = rawSession();
    std::string entry, prev;
    *sql << "SELECT entry, prev_hash FROM decision_log WHERE seq = 1", soci::into(entry), soci::into(prev);
    auto forged = nlohmann::json::parse(entry);
    forged["outcome"] = "no_consent";
    std::string text = forged.dump();
    std::string hash = crypto::sha256Hex(prev + text);
    *sql << "UPDATE decision_log SET entry = :e, hash = :h WHERE seq = 1", soci::use(text), soci::use(hash);
  }
  auto r = get(base_ + "/decision-log/verify", &labor_).json();
  EXPECT_EQ(r["ok"], false);
  EXPECT_EQ(r["first_bad_seq"], 2);
}

TEST_P(DecisionLogApi, ADeletedEntryIsFound) {
  decide("Bell schedule");
  decide("Bus routes");
  decide("Library hours");
  rawSession()->once << "DELETE FROM decision_log WHERE seq = 2";
  auto r = get(base_ + "/decision-log/verify", &labor_).json();
  EXPECT_EQ(r["ok"], false);
  EXPECT_EQ(r["first_bad_seq"], 3);
}

// The log is read from the database a batch at a time; a long chain is checked across every batch,
// to its last entry, and a row changed in a later batch is found.
TEST_P(DecisionLogApi, ALogLongerThanOneReadIsCheckedToItsLastEntry) {
  constexpr long long kEntries = 2500;
  std::string head;
  {
    auto sql = rawSession();
    soci::transaction tx(*sql);
    long long seq = 0, decision = 0;
    std::string entry, prev = domain::kGenesisHash, hash;
    soci::statement insert = (sql->prepare << "INSERT INTO decision_log (district_id, seq, decision_id, entry, "
                                              "prev_hash, hash) VALUES (:district, :seq, :decision, :entry, :prev, :hash)",
                              soci::use(district_), soci::use(seq), soci::use(decision), soci::use(entry),
                              soci::use(prev), soci::use(hash));
    for (seq = 1; seq <= kEntries; ++seq) {
      decision = 1000 + seq;
      entry = domain::canonicalJson({{"seq", seq}, {"decision_id", decision}, {"outcome", "adopted"}});
      hash = domain::chainHash(prev, entry);
      insert.execute(true);
      prev = hash;
    }
    tx.commit();
    head = hash;
  }
  auto whole = get(base_ + "/decision-log/verify", &labor_);
  ASSERT_EQ(whole.status, 200) << whole.body;
  EXPECT_EQ(whole.json()["ok"], true) << whole.body;
  EXPECT_EQ(whole.json()["entries"], kEntries);
  EXPECT_EQ(whole.json()["head_hash"], head);
  rawSession()->once << "UPDATE decision_log SET entry = REPLACE(entry, 'adopted', 'rejected') WHERE seq = 2345";
  auto r = get(base_ + "/decision-log/verify", &labor_).json();
  EXPECT_EQ(r["ok"], false);
  EXPECT_EQ(r["first_bad_seq"], 2345);
}

TEST_P(DecisionLogApi, TheLogIsPagedAndEachDistrictHasItsOwn) {
  for (const char* title : {"One", "Two", "Three"}) decide(title);
  auto first = get(base_ + "/decision-log?limit=2", &labor_).json();
  ASSERT_EQ(first["items"].size(), 2u);
  std::string cursor = first["next_cursor"];
  auto rest = get(base_ + "/decision-log?limit=2&cursor=" + cursor, &labor_).json();
  ASSERT_EQ(rest["items"].size(), 1u);
  EXPECT_EQ(rest["items"][0]["seq"], 3);
  std::string other = "/api/v1/districts/" + std::to_string(otherDistrict_);
  EXPECT_TRUE(get(other + "/decision-log", &other_).json()["items"].empty());
  EXPECT_EQ(get(other + "/decision-log/verify", &other_).json()["ok"], true);
}

TEST_P(DecisionLogApi, ADecisionFromAConfidentialIssueIsLoggedWithoutItsWords) {
  long long issue = raiseIssue(labor_, {{"title", "Personnel matter"}, {"confidential", true}});
  std::string path = issuePath(issue);
  long long option = 0;
  for (const char* step : {"interests", "options", "criteria", "scoring", "solution"}) {
    ASSERT_EQ(post(path + "/step", {{"step", step}}, &labor_).status, 200);
    if (std::string(step) == "options") option = post(path + "/options", {{"text", "Quiet fix"}}, &labor_).json()["id"];
  }
  ASSERT_EQ(post(path + "/solution", {{"option_id", option}, {"text", "Handled privately."}}, &labor_).status, 200);
  auto r = post(base_ + "/decisions", {{"issue_id", issue}, {"deadline", nowSeconds() + 600}}, &labor_);
  ASSERT_EQ(r.status, 201) << r.body;
  std::string stances = base_ + "/decisions/" + std::to_string(r.json()["id"].get<long long>()) + "/stances";
  for (const Session* who : {&labor_, &labor2_, &management_, &management2_})
    ASSERT_EQ(post(stances, {{"stance", "agree"}}, who).status, 200);
  auto log = get(base_ + "/decision-log", &outsider_);
  ASSERT_EQ(log.status, 200);
  ASSERT_EQ(log.json()["items"].size(), 1u);
  EXPECT_EQ(log.json()["items"][0]["withheld"], true);  // outside the body: only its hashes
  EXPECT_EQ(log.body.find("Personnel matter"), std::string::npos);
  EXPECT_EQ(log.body.find("Handled privately"), std::string::npos);
  EXPECT_EQ(get(base_ + "/decision-log/verify", &outsider_).json()["ok"], true);
}

TEST_P(DecisionLogApi, WhoMayReadAndVerify) {
  decide("Bell schedule");
  struct Who {
    std::string name;
    const Session* session;
    int status;
  };
  std::vector<Who> table = {
      {"labor member", &labor_, 200},
      {"management member", &management_, 200},
      {"neutral member", &neutral_, 200},
      {"district member outside the body", &outsider_, 200},
      {"member of another district", &other_, 404},
      {"anonymous", nullptr, 401},
  };
  for (const auto& who : table) {
    SCOPED_TRACE(who.name);
    EXPECT_EQ(get(base_ + "/decision-log", who.session).status, who.status);
    EXPECT_EQ(get(base_ + "/decision-log/verify", who.session).status, who.status);
  }
}

}  // namespace
}  // namespace accord::testing
