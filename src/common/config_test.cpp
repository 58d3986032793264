#include "common/config.hpp"

#include <gtest/gtest.h>

namespace accord {
namespace {

const char* noEnvironment(const char*) { return nullptr; }

TEST(Config, DefaultsServeSqliteOnLoopback8080) {
  Config c;
  std::map<std::string, std::string> extra;
  ASSERT_TRUE(loadConfig({}, noEnvironment, c, extra, {}).ok());
  EXPECT_EQ(c.listenHost, "127.0.0.1");
  EXPECT_EQ(c.listenPort, 8080);
  EXPECT_EQ(c.dbUrl, "sqlite:accord.db");
  EXPECT_EQ(c.maxBodyBytes, 1u << 20);
}

TEST(Config, FlagsWinOverTheEnvironment) {
  auto env = [](const char* name) -> const char* {
    std::string n = name;
    if (n == "ACCORD_LISTEN") return "0.0.0.0:9000";
    if (n == "ACCORD_DB") return "postgresql://db/accord";
    return nullptr;
  };
  Config c;
  std::map<std::string, std::string> extra;
  ASSERT_TRUE(loadConfig({"--listen", "127.0.0.1:7000"}, env, c, extra, {}).ok());
  EXPECT_EQ(c.listenPort, 7000);
  EXPECT_EQ(c.dbUrl, "postgresql://db/accord");
}

TEST(Config, RejectsBadValuesNamingTheOption) {
  Config c;
  std::map<std::string, std::string> extra;
  auto port = loadConfig({"--listen", "localhost:99999"}, noEnvironment, c, extra, {});
  ASSERT_FALSE(port.ok());
  EXPECT_EQ(port.error().field, "listen");
  auto level = loadConfig({"--log-level=loud"}, noEnvironment, c, extra, {});
  ASSERT_FALSE(level.ok());
  EXPECT_EQ(level.error().field, "log-level");
  auto unknown = loadConfig({"--colour"}, noEnvironment, c, extra, {});
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().field, "--colour");
}

TEST(Config, SubcommandFlagsAndSwitches) {
  Config c;
  std::map<std::string, std::string> extra;
  ASSERT_TRUE(loadConfig({"--email", "a@b.org", "--admin", "--db", "sqlite:x.db"}, noEnvironment, c, extra,
                         {"--email", "--admin?"})
                  .ok());
  EXPECT_EQ(extra["--email"], "a@b.org");
  EXPECT_EQ(extra["--admin"], "true");
  EXPECT_EQ(c.dbUrl, "sqlite:x.db");
}

TEST(Config, TrustedProxiesAreAListOfAddresses) {
  Config c;
  std::map<std::string, std::string> extra;
  EXPECT_TRUE(c.trustedProxies.empty());
  ASSERT_TRUE(loadConfig({"--trusted-proxy", "127.0.0.1, ::1,10.0.0.5"}, noEnvironment, c, extra, {}).ok());
  EXPECT_EQ(c.trustedProxies, (std::vector<std::string>{"127.0.0.1", "::1", "10.0.0.5"}));
  auto bad = loadConfig({"--trusted-proxy", "proxy.example.org"}, noEnvironment, c, extra, {});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().field, "trusted-proxy");
}

TEST(Config, ReadReplicasMayBeGivenMoreThanOnce) {
  Config c;
  std::map<std::string, std::string> extra;
  ASSERT_TRUE(loadConfig({"--db-replica", "postgresql://r1/accord", "--db-replica=postgresql://r2/accord", "--db",
                          "postgresql://p/accord"},
                         noEnvironment, c, extra, {})
                  .ok());
  EXPECT_EQ(c.dbReplicas, (std::vector<std::string>{"postgresql://r1/accord", "postgresql://r2/accord"}));
  Config fromEnvironment;
  auto environment = [](const char* name) -> const char* {
    return std::string_view(name) == "ACCORD_DB_REPLICA" ? " postgresql://r1/a  postgresql://r2/a " : nullptr;
  };
  ASSERT_TRUE(loadConfig({}, environment, fromEnvironment, extra, {}).ok());
  EXPECT_EQ(fromEnvironment.dbReplicas, (std::vector<std::string>{"postgresql://r1/a", "postgresql://r2/a"}));
  auto empty = loadConfig({"--db-replica", " "}, noEnvironment, c, extra, {});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().field, "db-replica");
}

TEST(Config, AnHttpsPublicUrlMakesTheCookieSecure) {
  Config c;
  std::map<std::string, std::string> extra;
  ASSERT_TRUE(loadConfig({"--public-url", "https://accord.example.org"}, noEnvironment, c, extra, {}).ok());
  EXPECT_TRUE(c.cookieSecure);
}

TEST(Config, AnHttpPublicUrlLeavesTheCookieInsecure) {
  Config c;
  std::map<std::string, std::string> extra;
  ASSERT_TRUE(loadConfig({"--public-url", "http://localhost:8080"}, noEnvironment, c, extra, {}).ok());
  EXPECT_FALSE(c.cookieSecure);
}

TEST(Config, AnExplicitCookieSecureWinsOverAnHttpsPublicUrl) {
  Config c;
  std::map<std::string, std::string> extra;
  ASSERT_TRUE(loadConfig({"--public-url", "https://accord.example.org", "--cookie-secure", "false"}, noEnvironment, c,
                         extra, {})
                  .ok());
  EXPECT_FALSE(c.cookieSecure);
  auto env = [](const char* name) -> const char* {
    return std::string(name) == "ACCORD_COOKIE_SECURE" ? "false" : nullptr;
  };
  Config fromEnv;
  ASSERT_TRUE(loadConfig({"--public-url", "https://accord.example.org"}, env, fromEnv, extra, {}).ok());
  EXPECT_FALSE(fromEnv.cookieSecure);
}

}  // namespace
}  // namespace accord
