// Reads of published data on a read replica (--db-replica): a writer is told where its write ended
// and reads it at once, and a replica that cannot be reached leaves reads on the primary. A real
// streaming replica, lagging on purpose, is checked by scripts/cluster-test.sh; here the "replica" is
// the test's database under another connection name, so that its use can be seen, or a copy of it in a schema
// of its own that differs from the primary on purpose.
#include <regex>

#include "outcome_fixture.hpp"
#include "store/open_store.hpp"

namespace accord::testing {
namespace {

constexpr const char* kReplicaName = "accord_replica_test";

class ReadReplica : public OutcomeApi {
 protected:
  void useReplica(const std::string& url) {
    startServer([&](Config& c) { c.dbReplicas = {url}; });
  }
  std::string sameDatabaseAsReplica() const {
    std::string url = database_->url();
    return url + (url.find('?') == std::string::npos ? "?" : "&") + "application_name=" + kReplicaName;
  }
  // A replica that differs from the primary: a copy of the test's database in a schema of its own, on which
  // `change` is then made, reached through a URL whose search path is that schema.
  std::string copyAsReplica(const std::string& change) {
    auto sql = rawSession();
    *sql << "DROP SCHEMA IF EXISTS " << kCopySchema << " CASCADE";
    *sql << "CREATE SCHEMA " << kCopySchema;
    std::vector<std::string> tables(1000);
    *sql << "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()", soci::into(tables);
    for (const auto& table : tables) *sql << "CREATE TABLE " << kCopySchema << "." << table << " AS TABLE " << table;
    *sql << "SET search_path = " << kCopySchema;
    *sql << change;
    std::string url = sameDatabaseAsReplica();
    return url + "&options=-csearch_path%3D" + kCopySchema;
  }
  void TearDown() override {
    stopServer();
    if (database_) *rawSession() << "DROP SCHEMA IF EXISTS " << kCopySchema << " CASCADE";
    OutcomeApi::TearDown();
  }
  static constexpr const char* kCopySchema = "accord_replica_copy";

  int replicaConnections() {
    int n = 0;
    std::string name = kReplicaName;
    auto sql = rawSession();
    *sql << "SELECT count(*) FROM pg_stat_activity WHERE application_name = :name AND datname = current_database()",
        soci::use(name), soci::into(n);
    return n;
  }
  nlohmann::json valuesAs(const Session& as) {
    auto r = get(base_ + "/metric-values?limit=200&metric=ela_met&scope=district", &as);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["items"];
  }
};
INSTANTIATE_TEST_SUITE_P(Backends, ReadReplica, ::testing::Values("postgresql"), backendName);

TEST_P(ReadReplica, AWriterIsToldWhereTheirWriteEndedAndReadsIt) {
  useReplica(sameDatabaseAsReplica());
  auto written = setValue({{"metric", "ela_met"}, {"year", thisYear_ - 1}, {"value", 47}});
  ASSERT_EQ(written.status, 201) << written.body;
  std::string cookie = written.header("set-cookie");
  std::smatch position;
  ASSERT_TRUE(std::regex_search(cookie, position, std::regex("accord_wrote=([0-9]+); Path=/; HttpOnly; SameSite=Lax; Max-Age=60")))
      << cookie;
  // With the position, the writer's reads of published data wait for it; the value is there.
  Session writer = super_;
  writer.cookie += "; accord_wrote=" + position[1].str();
  auto values = valuesAs(writer);
  ASSERT_EQ(values.size(), 1u) << values.dump();
  EXPECT_EQ(values[0]["value"], 47);
  EXPECT_EQ(get(base_ + "/outcomes", &writer).status, 200);
  EXPECT_GT(replicaConnections(), 0) << "published data was read on the replica's connections";
  // A read sets no position; a forged one only sends the client's reads to the primary.
  EXPECT_EQ(get(base_ + "/metric-values?metric=ela_met", &super_).header("set-cookie"), "");
  Session forged = super_;
  forged.cookie += "; accord_wrote=9223372036854775806";
  EXPECT_EQ(valuesAs(forged).size(), 1u);
  Session garbage = super_;
  garbage.cookie += "; accord_wrote=-1x";
  EXPECT_EQ(valuesAs(garbage).size(), 1u);
}

TEST_P(ReadReplica, AReplicaThatCannotBeReachedLeavesReadsOnThePrimary) {
  // Nothing listens on port 1.
  useReplica("postgresql://accord@127.0.0.1:1/accord?connect_timeout=2");
  ASSERT_EQ(setValue({{"metric", "ela_met"}, {"year", thisYear_ - 1}, {"value", 52}}).status, 201);
  for (int i = 0; i < 3; ++i) {
    auto values = valuesAs(super_);
    ASSERT_EQ(values.size(), 1u) << values.dump();
    EXPECT_EQ(values[0]["value"], 52);
    EXPECT_EQ(get(base_ + "/outcomes", &labor_).status, 200);
    EXPECT_EQ(get(base_ + "/peers", &labor_).status, 200);
  }
  EXPECT_EQ(get("/readyz").status, 200);
}

// On a replica that says the member of another district belongs to this one, they still see nothing of it:
// who may read is decided on the primary, and only the published data is read on the replica.
TEST_P(ReadReplica, AccessIsDecidedOnThePrimary) {
  ASSERT_EQ(setValue({{"metric", "ela_met"}, {"year", thisYear_ - 1}, {"value", 47}}).status, 201);
  long long other = get("/api/v1/me", &other_).json()["user"]["id"].get<long long>();
  useReplica(copyAsReplica(fmt::format("UPDATE memberships SET district_id = {} WHERE user_id = {}; "
                                       "UPDATE metric_values SET value = 99",
                                       district_, other)));
  // The published data is read from the replica: the value there, not the primary's 47.
  auto values = valuesAs(super_);
  ASSERT_EQ(values.size(), 1u) << values.dump();
  EXPECT_EQ(values[0]["value"], 99);
  // A member of another district, whose own district's pages answer.
  EXPECT_EQ(get(base_ + "/outcomes", &other_).status, 404);
  EXPECT_EQ(get(base_ + "/metric-values?metric=ela_met", &other_).status, 404);
  EXPECT_EQ(get(base_ + "/peers", &other_).status, 404);
  EXPECT_EQ(get("/api/v1/districts/" + std::to_string(otherDistrict_) + "/peers", &other_).status, 200);
}

TEST(ReadReplicaOptions, ReplicasNeedPostgresql) {
  auto sqlite = store::openStore("sqlite:/nonexistent/never.db", 1, {"postgresql://accord@127.0.0.1/accord"});
  ASSERT_FALSE(sqlite.ok());
  EXPECT_EQ(sqlite.error().field, "db-replica");
  auto notPostgres = store::openStore("postgresql://accord@127.0.0.1:1/accord", 1, {"sqlite:replica.db"});
  ASSERT_FALSE(notPostgres.ok());
  EXPECT_EQ(notPostgres.error().field, "db-replica");
}

}  // namespace
}  // namespace accord::testing
