// Graceful shutdown: in flight requests finish, new connections are refused, the process exits cleanly.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <future>
#include <regex>
#include <thread>

#include "api_fixture.hpp"
#include "child_process.hpp"
#include "domain/outcome_import/use_cases.hpp"

namespace accord::testing {
namespace {

using namespace std::chrono_literals;

class Shutdown : public ApiTest {};
ACCORD_ON_EVERY_BACKEND(Shutdown);

TEST_P(Shutdown, FinishesTheRequestInFlightAndRefusesNewConnections) {
  std::promise<void> entered;
  startServer({}, [&](http::Router& router) {
    router.add("GET", "/test/slow", http::Access::kPublic, [&](http::Request&) -> Result<http::Response> {
      entered.set_value();
      std::this_thread::sleep_for(600ms);
      return http::jsonResponse(200, {{"finished", true}});
    });
  });
  auto inFlight = std::async(std::launch::async, [&] { return get("/test/slow"); });
  entered.get_future().wait();
  std::thread stopper([&] { server_->stop(); });
  std::this_thread::sleep_for(200ms);
  EXPECT_FALSE(canConnect(port_));
  auto r = inFlight.get();
  stopper.join();
  EXPECT_EQ(r.status, 200);
  EXPECT_EQ(r.json()["finished"], true);
}

TEST_P(Shutdown, TheServerExitsCleanlyOnSigterm) {
  const char* binary = std::getenv("ACCORD_BINARY");
  if (!binary) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  stopServer();  // the database now belongs to the child process
  Process server({binary, "serve", "--listen", "127.0.0.1:0", "--db", database_->url(), "--threads", "2"});
  std::string log;
  std::string port = server.waitForLine(std::regex("\"address\":\"http://127\\.0\\.0\\.1:(\\d+)\""), &log);
  ASSERT_FALSE(port.empty());
  auto p = static_cast<std::uint16_t>(std::stoi(port));
  EXPECT_EQ(send(p, {"GET", "/readyz", {}, {}}).status, 200);

  // A sign-in takes tens of milliseconds (password hashing): send one and terminate meanwhile.
  auto inFlight = std::async(std::launch::async, [&] {
    return send(p, {"POST", "/api/v1/auth/login", {{"Content-Type", "application/json"}},
                    R"({"email":"nobody@example.org","password":"some password"})"});
  });
  std::this_thread::sleep_for(30ms);
  int status = server.terminate();
  auto answered = inFlight.get();
  EXPECT_EQ(answered.status, 401);
  EXPECT_EQ(status, 0);
  EXPECT_FALSE(canConnect(p));

  // One line per request, and never a password.
  server.waitForLine(std::regex("\"msg\":\"stopped\""), &log);
  EXPECT_NE(log.find("\"path\":\"/api/v1/auth/login\""), std::string::npos) << log;
  EXPECT_NE(log.find("\"status\":401"), std::string::npos);
  EXPECT_EQ(log.find("some password"), std::string::npos);
}

// The server binary allocates with mimalloc (CMakeLists.txt): a link that dropped it would leave glibc's
// malloc, which costs the server a tenth of its instructions, without anything else telling.
TEST_P(Shutdown, TheServerAllocatesWithMimalloc) {
  const char* binary = std::getenv("ACCORD_BINARY");
  if (!binary) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  stopServer();
  Process server({binary, "serve", "--listen", "127.0.0.1:0", "--db", database_->url(), "--threads", "2"});
  std::string log;
  ASSERT_FALSE(server.waitForLine(std::regex("\"address\":\"http://127\\.0\\.0\\.1:(\\d+)\""), &log).empty()) << log;
  std::ifstream maps("/proc/" + std::to_string(server.pid()) + "/maps");
  std::string line;
  bool mapped = false;
  while (std::getline(maps, line)) mapped = mapped || line.find("/libmimalloc.so") != std::string::npos;
  EXPECT_TRUE(mapped);
  EXPECT_EQ(server.terminate(), 0);
}

TEST_P(Shutdown, AServerThatStartsEndsTheImportsItsPredecessorLeftRunning) {
  const char* binary = std::getenv("ACCORD_BINARY");
  if (!binary) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  // A job recorded as running ten minutes ago by a server that then died (kill -9 or power loss).
  auto admin = [&] {
    addUser("admin@example.org", "Admin", true);
    return logIn("admin@example.org");
  }();
  long long district = createDistrict(admin, "Riverside Unified");
  domain::ImportRequest request{district, "csv", "values.csv", 1000};
  auto job = domain::startImport(*store_, nullptr, request, nowSeconds() - 600);
  ASSERT_TRUE(job.ok()) << job.error().message;
  stopServer();

  Process server({binary, "serve", "--listen", "127.0.0.1:0", "--db", database_->url(), "--threads", "2"});
  std::string log;
  std::string port = server.waitForLine(std::regex("\"address\":\"http://127\\.0\\.0\\.1:(\\d+)\""), &log);
  ASSERT_FALSE(port.empty()) << log;
  auto p = static_cast<std::uint16_t>(std::stoi(port));
  nlohmann::json seen;
  for (int i = 0; i < 50; ++i) {
    seen = send(p, {"GET", "/api/v1/districts/" + std::to_string(district) + "/imports/" + std::to_string(job->id),
                    {{"Cookie", admin.cookie}}, {}})
               .json();
    if (seen.value("status", "") != "running") break;
    std::this_thread::sleep_for(100ms);
  }
  EXPECT_EQ(seen["status"], "failed") << seen.dump();
  EXPECT_EQ(seen["message"].get<std::string>().rfind("interrupted", 0), 0u) << seen.dump();
  EXPECT_FALSE(seen["finished_at"].is_null());
  EXPECT_EQ(server.terminate(), 0);
}

}  // namespace
}  // namespace accord::testing
