#include "api_fixture.hpp"

#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include "common/crypto.hpp"
#include "domain/account/use_cases.hpp"
#include "domain/district/district.hpp"
#include "store/open_store.hpp"
#include "store/postgres/postgres_store.hpp"

namespace accord::testing {

namespace {

std::atomic<int> counter{0};

std::string pgBaseUrl() {
  const char* url = std::getenv("ACCORD_TEST_PG_URL");
  return url ? url : "";
}

std::string withDatabase(const std::string& url, const std::string& database) {
  auto slash = url.rfind('/');
  auto query = url.find('?', slash);
  return url.substr(0, slash + 1) + database + (query == std::string::npos ? "" : url.substr(query));
}

}  // namespace

std::string TestDatabase::unavailableBecause(const std::string& backend) {
  if (backend == "postgresql" && pgBaseUrl().empty())
    return "ACCORD_TEST_PG_URL is not set; scripts/test.sh starts a PostgreSQL server and sets it";
  return {};
}

TestDatabase::TestDatabase(const std::string& backend) : backend_(backend) {
  std::string unique = "accord_t_" + std::to_string(::getpid()) + "_" + std::to_string(counter++);
  if (backend == "sqlite") {
    auto dir = std::filesystem::temp_directory_path() / unique;
    std::filesystem::create_directories(dir);
    name_ = dir.string();
    url_ = "sqlite:" + (dir / "accord.db").string();
  } else {
    name_ = unique;
    soci::session admin(*soci::factory_postgresql(), store::postgresConninfo(pgBaseUrl()));
    admin << "CREATE DATABASE " + name_;
    url_ = withDatabase(pgBaseUrl(), name_);
  }
}

TestDatabase::~TestDatabase() {
  try {
    if (backend_ == "sqlite") {
      std::filesystem::remove_all(name_);
    } else {
      soci::session admin(*soci::factory_postgresql(), store::postgresConninfo(pgBaseUrl()));
      admin << "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)";
    }
  } catch (...) {
  }
}

std::string backendName(const ::testing::TestParamInfo<std::string>& info) { return info.param; }

void ApiTest::SetUp() {
  crypto::initialize();
  // Argon2id at its smallest cost: a test makes a dozen accounts and sign-ins, which would otherwise take most of
  // its time. Cli.UserAddReadsThePasswordFromStandardInput checks the real binary's cost.
  crypto::setPasswordCost(crypto::PasswordCost::kMinimal);
  if (auto why = TestDatabase::unavailableBecause(GetParam()); !why.empty()) {
    // In CI a missing backend is a failure, never a silent skip.
    if (std::getenv("CI")) FAIL() << why;
    GTEST_SKIP() << why;
  }
  database_ = std::make_unique<TestDatabase>(GetParam());
  config_ = Config{};
  startServer();
}

void ApiTest::TearDown() {
  stopServer();
  database_.reset();
}

void ApiTest::startServer(const std::function<void(Config&)>& adjust,
                          const std::function<void(http::Router&)>& extraRoutes) {
  stopServer();
  config_.listenHost = "127.0.0.1";
  config_.listenPort = 0;
  config_.dbUrl = databaseUrl_.empty() ? database_->url() : databaseUrl_;
  config_.threads = 2;
  config_.shutdownGraceSeconds = 10;
  if (adjust) adjust(config_);
  auto opened = store::openStore(config_.dbUrl, config_.dbPoolSize ? config_.dbPoolSize : 3, config_.dbReplicas);
  ASSERT_TRUE(opened.ok()) << opened.error().message << " " << opened.error().detail;
  store_ = std::move(opened->store);
  http::Services services{*store_, config_, log_, store::openChangeFeed(config_.dbUrl, log_)};
  auto router = http::buildRouter(services);
  if (extraRoutes) extraRoutes(router);
  app_ = std::make_unique<http::App>(services, std::move(router));
  server_ = std::make_unique<http::Server>(config_, *app_, log_);
  auto port = server_->start();
  ASSERT_TRUE(port.ok()) << port.error().message;
  port_ = *port;
}

void ApiTest::stopServer() {
  if (server_) server_->stop();
  server_.reset();
  app_.reset();
  store_.reset();
}

long long ApiTest::addUser(const std::string& email, const std::string& name, bool admin) {
  domain::NewUser input;
  input.email = email;
  input.name = name;
  input.admin = admin;
  input.password = kPassword;
  auto user = domain::addUser(*store_, input, nowSeconds());
  EXPECT_TRUE(user.ok()) << user.error().message;
  return user.ok() ? user->id : 0;
}

void ApiTest::addMember(long long districtId, long long userId, const std::string& side, const std::string& role) {
  domain::Membership m;
  m.districtId = districtId;
  m.userId = userId;
  m.side = side;
  m.role = role;
  m.createdAt = nowSeconds();
  auto tx = store_->write();
  ASSERT_TRUE(tx.ok()) << tx.error().message;
  auto added = (*tx)->districts().insertMembership(m);
  ASSERT_TRUE(added.ok()) << added.error().message;
  auto committed = (*tx)->commit();
  ASSERT_TRUE(committed.ok()) << committed.error().message;
}

Session ApiTest::logIn(const std::string& email, const std::string& password) {
  auto r = post("/api/v1/auth/login", {{"email", email}, {"password", password}});
  EXPECT_EQ(r.status, 200) << r.body;
  Session s;
  std::string setCookie = r.header("set-cookie");
  s.cookie = setCookie.substr(0, setCookie.find(';'));
  auto body = r.json();
  if (body.is_object() && body.contains("csrf_token")) {
    s.csrf = body["csrf_token"];
    s.userId = body["user"]["id"];
  }
  return s;
}

long long ApiTest::createDistrict(const Session& admin, const std::string& name, const std::string& side,
                                  const std::string& role) {
  auto r = post("/api/v1/districts", {{"name", name}, {"state", "CA"}, {"my_side", side}, {"my_role", role}}, &admin);
  EXPECT_EQ(r.status, 201) << r.body;
  auto body = r.json();
  return body.is_object() && body.contains("id") ? body["id"].get<long long>() : 0;
}

HttpResult ApiTest::sendAs(HttpRequest request, const Session* as, bool withCsrf) {
  if (as) {
    request.headers.emplace_back("Cookie", as->cookie);
    if (withCsrf) request.headers.emplace_back("X-CSRF-Token", as->csrf);
  }
  return send(port_, request);
}

HttpResult ApiTest::get(const std::string& target, const Session* as) {
  return sendAs({"GET", target, {}, {}}, as);
}

HttpResult ApiTest::post(const std::string& target, const nlohmann::json& body, const Session* as) {
  return sendAs({"POST", target, {{"Content-Type", "application/json"}}, body.dump()}, as);
}

HttpResult ApiTest::patch(const std::string& target, const nlohmann::json& body, const Session* as) {
  return sendAs({"PATCH", target, {{"Content-Type", "application/json"}}, body.dump()}, as);
}

std::unique_ptr<soci::session> ApiTest::rawSession() {
  const std::string& url = database_->url();
  if (url.rfind("sqlite:", 0) == 0)
    return std::make_unique<soci::session>(*soci::factory_sqlite3(), "db=\"" + url.substr(7) + "\" timeout=5");
  return std::make_unique<soci::session>(*soci::factory_postgresql(), store::postgresConninfo(url));
}

}  // namespace accord::testing
