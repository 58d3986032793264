#pragma once
// API scenario tests: a real server on port 0 over a real database, once per backend.
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>

#include <soci/soci.h>

#include "common/config.hpp"
#include "common/log.hpp"
#include "domain/store.hpp"
#include "http/app.hpp"
#include "http/server.hpp"
#include "http_client.hpp"

namespace accord::testing {

inline constexpr const char* kPassword = "correct horse battery";

// A database for one test: a temporary SQLite file, or a fresh database in the PostgreSQL
// server named by ACCORD_TEST_PG_URL. Removed when destroyed.
class TestDatabase {
 public:
  explicit TestDatabase(const std::string& backend);
  ~TestDatabase();
  const std::string& url() const { return url_; }
  // Why the backend cannot run here, or empty when it can.
  static std::string unavailableBecause(const std::string& backend);

 private:
  std::string backend_;
  std::string url_;
  std::string name_;  // PostgreSQL database or SQLite directory
};

struct Session {
  std::string cookie;  // "accord_session=..."
  std::string csrf;
  long long userId = 0;
};

class ApiTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override;
  void TearDown() override;

  // (Re)starts the server with `adjust` applied to the configuration and `extraRoutes` added.
  void startServer(const std::function<void(Config&)>& adjust = {},
                   const std::function<void(http::Router&)>& extraRoutes = {});
  void stopServer();

  long long addUser(const std::string& email, const std::string& name, bool admin = false);
  // Makes the person a member of the district in the store, as accepting an invitation does.
  void addMember(long long districtId, long long userId, const std::string& side, const std::string& role);
  Session logIn(const std::string& email, const std::string& password = kPassword);
  // An administrator who creates a district and so belongs to it with `side` and `role`.
  long long createDistrict(const Session& admin, const std::string& name, const std::string& side = "management",
                           const std::string& role = "superintendent");

  HttpResult get(const std::string& target, const Session* as = nullptr);
  HttpResult post(const std::string& target, const nlohmann::json& body, const Session* as = nullptr);
  HttpResult patch(const std::string& target, const nlohmann::json& body, const Session* as = nullptr);
  HttpResult sendAs(HttpRequest request, const Session* as, bool withCsrf = true);
  // A session straight to the test's database, past Accord.
  std::unique_ptr<soci::session> rawSession();

  Config config_;
  // Set before SetUp to serve another database than the fresh one of `database_`.
  std::string databaseUrl_;
  Logger log_{LogLevel::kError};
  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<domain::Store> store_;
  std::unique_ptr<http::App> app_;
  std::unique_ptr<http::Server> server_;
  std::uint16_t port_ = 0;
};

std::string backendName(const ::testing::TestParamInfo<std::string>& info);

}  // namespace accord::testing

#define ACCORD_ON_EVERY_BACKEND(Suite)                                                             \
  INSTANTIATE_TEST_SUITE_P(Backends, Suite, ::testing::Values("sqlite", "postgresql"), \
                           ::accord::testing::backendName)
