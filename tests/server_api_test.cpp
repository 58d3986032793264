// The server's edges: health, limits, content types, malformed input, headers, unknown routes.
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <thread>
#include <vector>

#include "api_fixture.hpp"

namespace accord::testing {
namespace {

class ServerApi : public ApiTest {};
ACCORD_ON_EVERY_BACKEND(ServerApi);

TEST_P(ServerApi, HealthAndReadiness) {
  auto health = get("/healthz");
  EXPECT_EQ(health.status, 200);
  auto ready = get("/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(ready.json()["database"], GetParam());
}

TEST_P(ServerApi, EveryResponseCarriesSecurityHeadersAndARequestId) {
  for (auto r : {get("/healthz"), get("/api/v1/me"), get("/no/such/page")}) {
    EXPECT_NE(r.header("content-security-policy").find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(r.header("x-content-type-options"), "nosniff");
    EXPECT_EQ(r.header("referrer-policy"), "no-referrer");
    EXPECT_EQ(r.header("x-request-id").size(), 16u);
  }
  auto echoed = sendAs({"GET", "/healthz", {{"X-Request-Id", "abc-123"}}, {}}, nullptr);
  EXPECT_EQ(echoed.header("x-request-id"), "abc-123");
}

// A write that waits for SQLite's one writer waits on a thread of its own: reads are answered
// meanwhile, even with more writes waiting than the server has threads (2 here).
TEST_P(ServerApi, ReadsAreAnsweredWhileWritesWaitForTheWriter) {
  if (GetParam() != "sqlite") GTEST_SKIP() << "SQLite has one writer";
  addUser("writer@example.org", "Writer");
  Session writer = logIn("writer@example.org");
  auto raw = rawSession();
  *raw << "BEGIN IMMEDIATE";  // the file's write lock, held as a long write would hold it
  std::atomic<int> answered{0};
  std::vector<std::future<int>> writes;
  for (int i = 0; i < 4; ++i)
    writes.push_back(std::async(std::launch::async, [&, i] {
      auto r = sendAs({"PATCH", "/api/v1/me", {{"Content-Type", "application/json"}},
                       nlohmann::json{{"name", "Writer " + std::to_string(i)}}.dump()},
                      &writer);
      ++answered;
      return r.status;
    }));
  std::this_thread::sleep_for(std::chrono::milliseconds(300));  // time for the writes to reach the server
  auto read = get("/api/v1/me", &writer);
  EXPECT_EQ(read.status, 200);
  EXPECT_EQ(answered.load(), 0) << "the read waited for the writes";
  *raw << "ROLLBACK";
  for (auto& w : writes) EXPECT_EQ(w.get(), 200);
}

// Every connection the server accepts sends without Nagle's delay (server.cpp): the server runs in this
// process, so its end of an open connection is one of this process's own descriptors.
TEST_P(ServerApi, ConnectionsSendWithoutDelay) {
  // A request whose body never comes keeps the connection open while its descriptors are read.
  StreamReader open(port_, {"GET", "/healthz", {{"Content-Length", "100"}}, {}});
  // The server's end of a connection: its address is the server's port and its peer is one of this
  // process's connections to that port (a connection to PostgreSQL may have the same local port).
  auto accepted = [&] {
    std::vector<std::pair<int, sockaddr_in>> locals, peers;
    for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) {
      int fd = std::stoi(entry.path().filename().string());
      sockaddr_in local{}, peer{};
      socklen_t localSize = sizeof local, peerSize = sizeof peer;
      if (::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &localSize) != 0 || local.sin_family != AF_INET ||
          ::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peerSize) != 0)
        continue;
      locals.emplace_back(fd, local);
      peers.emplace_back(fd, peer);
    }
    std::vector<int> noDelays;
    for (std::size_t i = 0; i < locals.size(); ++i) {
      if (ntohs(locals[i].second.sin_port) != port_) continue;
      bool fromHere = false;
      for (std::size_t j = 0; j < locals.size(); ++j)
        fromHere = fromHere || (ntohs(peers[j].second.sin_port) == port_ &&
                                locals[j].second.sin_port == peers[i].second.sin_port);
      if (!fromHere) continue;
      int noDelay = 0;
      socklen_t size = sizeof noDelay;
      if (::getsockopt(locals[i].first, IPPROTO_TCP, TCP_NODELAY, &noDelay, &size) == 0) noDelays.push_back(noDelay);
    }
    return noDelays;
  };
  // The options are set just after the connection is accepted: waited for, up to a generous limit.
  auto allSet = [](const std::vector<int>& v) {
    return !v.empty() && std::all_of(v.begin(), v.end(), [](int noDelay) { return noDelay != 0; });
  };
  std::vector<int> noDelays = accepted();
  for (int waited = 0; !allSet(noDelays) && waited < kGenerousMs; waited += 10) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    noDelays = accepted();
  }
  ASSERT_FALSE(noDelays.empty());
  for (int noDelay : noDelays) EXPECT_NE(noDelay, 0);
}

TEST_P(ServerApi, AnOversizedBodyIs413) {
  startServer([](Config& c) { c.maxBodyBytes = 4096; });
  std::string big = "{\"email\":\"" + std::string(5000, 'a') + "\",\"password\":\"x\"}";
  auto r = sendAs({"POST", "/api/v1/auth/login", {{"Content-Type", "application/json"}}, big}, nullptr);
  EXPECT_EQ(r.status, 413);
  EXPECT_EQ(r.json()["error"]["code"], "payload_too_large");
}

TEST_P(ServerApi, AHugeBodyIsRefusedWithoutBeingRead) {
  // The transport reads bodies up to the import limit plus 4x the body limit.
  startServer([](Config& c) {
    c.maxBodyBytes = 4096;
    c.maxImportBodyBytes = 4096;
  });
  std::string raw = "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    "Content-Length: 100000000\r\n\r\n{";
  auto r = sendRaw(port_, raw);
  EXPECT_NE(r.status, 200);
  EXPECT_EQ(get("/healthz").status, 200);
}

TEST_P(ServerApi, MalformedJsonIs400NamingTheBody) {
  auto r = sendAs({"POST", "/api/v1/auth/login", {{"Content-Type", "application/json"}}, "{\"email\": "}, nullptr);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["error"]["field"], "body");
  EXPECT_EQ(r.json()["error"]["code"], "invalid");
  auto notAnObject = sendAs({"POST", "/api/v1/auth/login", {{"Content-Type", "application/json"}}, "[1,2]"}, nullptr);
  EXPECT_EQ(notAnObject.status, 400);
  EXPECT_EQ(notAnObject.json()["error"]["field"], "body");
}

TEST_P(ServerApi, AWrongContentTypeIs415) {
  auto r = sendAs({"POST", "/api/v1/auth/login", {{"Content-Type", "text/plain"}}, "email=a&password=b"}, nullptr);
  EXPECT_EQ(r.status, 415);
  EXPECT_EQ(r.json()["error"]["field"], "Content-Type");
  auto withCharset = sendAs({"POST", "/api/v1/auth/login", {{"Content-Type", "application/json; charset=utf-8"}},
                             R"({"email":"a@b.org","password":"wrong one"})"},
                            nullptr);
  EXPECT_EQ(withCharset.status, 401);
}

TEST_P(ServerApi, UnknownRoutesAndMethods) {
  auto missing = get("/api/v1/nothing-here");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.json()["error"]["code"], "not_found");
  auto wrongMethod = sendAs({"DELETE", "/api/v1/me", {}, {}}, nullptr);
  EXPECT_EQ(wrongMethod.status, 405);
}

TEST_P(ServerApi, AMalformedTargetIs400) {
  auto r = sendRaw(port_, "GET /api/v1/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(r.status, 400);
}

TEST_P(ServerApi, ServesTheWebInterfaceAndItsRoutes) {
  auto root = std::filesystem::temp_directory_path() / ("accord_web_" + std::to_string(::getpid()));
  std::filesystem::create_directories(root / "assets");
  std::ofstream(root / "index.html") << "<!doctype html><title>Accord</title>";
  std::ofstream(root / "assets" / "app-1234.js") << "console.log(1)";
  std::ofstream(root.parent_path() / "secret.txt") << "secret";
  startServer([&](Config& c) { c.webRoot = root.string(); });

  auto index = get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.header("cache-control"), "no-cache");
  auto deepLink = get("/districts/1/meetings");
  EXPECT_EQ(deepLink.status, 200);
  EXPECT_EQ(deepLink.body, index.body);
  auto asset = get("/assets/app-1234.js");
  EXPECT_EQ(asset.status, 200);
  EXPECT_NE(asset.header("content-type").find("javascript"), std::string::npos);
  EXPECT_NE(asset.header("cache-control").find("immutable"), std::string::npos);
  EXPECT_EQ(get("/assets/missing.js").status, 404);
  EXPECT_EQ(get("/../secret.txt").status, 404);
  EXPECT_EQ(get("/%2e%2e/secret.txt").status, 404);
  std::filesystem::remove_all(root);
}

// The static handler once joined an absolute path onto the web root: "//etc/passwd" read any file.
TEST_P(ServerApi, NoPathReachesAFileOutsideTheWebRoot) {
  auto dir = std::filesystem::temp_directory_path() / ("accord_webroot_" + std::to_string(::getpid()));
  auto root = dir / "web";
  std::filesystem::create_directories(root);
  std::ofstream(root / "index.html") << "<!doctype html><title>Accord</title>";
  std::ofstream(dir / "secret.txt") << "top secret";
  std::filesystem::create_symlink(dir / "secret.txt", root / "leak.txt");
  startServer([&](Config& c) { c.webRoot = root.string(); });

  std::string secret = (dir / "secret.txt").string();
  std::string encoded;
  for (char c : secret) encoded += c == '/' ? std::string("%2F") : std::string(1, c);
  for (const std::string& target :
       {"/" + secret, "//" + secret, "/%2F" + encoded.substr(3), encoded, std::string("//etc/passwd"),
        std::string("/%2Fetc%2Fpasswd"), std::string("//proc/self/environ"), std::string("/%2e%2e/secret.txt"),
        std::string("/..%5Csecret.txt"), std::string("/%5C..%5Csecret.txt"), std::string("/leak.txt"),
        std::string("/index.html%00.txt")}) {
    auto r = sendRaw(port_, "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    EXPECT_NE(r.status, 200) << target;
    EXPECT_EQ(r.body.find("top secret"), std::string::npos) << target;
    EXPECT_EQ(r.body.find("root:"), std::string::npos) << target;
  }
  std::filesystem::remove_all(dir);
}

// An invitation link is a page's path; a calendar feed's token is an API path: neither reaches the log.
TEST_P(ServerApi, TheRequestLogShowsPatternsNotSecrets) {
  auto root = std::filesystem::temp_directory_path() / ("accord_weblog_" + std::to_string(::getpid()));
  std::filesystem::create_directories(root / "assets");
  std::ofstream(root / "index.html") << "<!doctype html><title>Accord</title>";
  std::ofstream(root / "assets" / "app-1.js") << "1";
  config_.webRoot = root.string();
  Logger verbose(LogLevel::kInfo);
  http::Services services{*store_, config_, verbose};
  http::App app(services, http::buildRouter(services));
  auto request = [&](const std::string& path) {
    http::Request r;
    r.method = "GET";
    r.path = path;
    return app.handle(r).status;
  };
  ::testing::internal::CaptureStderr();
  EXPECT_EQ(request("/invitation/SECRET-INVITATION-TOKEN"), 200);
  EXPECT_EQ(request("/api/v1/calendar/SECRET-FEED-TOKEN.ics"), 404);
  EXPECT_EQ(request("/api/v1/districts/SECRET-ID/issues"), 401);
  EXPECT_EQ(request("/assets/app-1.js"), 200);
  std::string logged = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(logged.find("SECRET"), std::string::npos) << logged;
  EXPECT_NE(logged.find("/invitation/…"), std::string::npos) << logged;
  EXPECT_NE(logged.find("/api/v1/calendar/{token}.ics"), std::string::npos) << logged;
  EXPECT_NE(logged.find("/api/v1/districts/{district}/issues"), std::string::npos) << logged;
  EXPECT_NE(logged.find("/assets/app-1.js"), std::string::npos) << logged;
  std::filesystem::remove_all(root);
}

// A log line with its time and client address would say who answered a survey, and when.
TEST_P(ServerApi, AnswersToAnonymousSurveysLeaveNoRequestLogLine) {
  Logger verbose(LogLevel::kInfo);
  http::Services services{*store_, config_, verbose};
  http::App app(services, http::buildRouter(services));
  auto post = [&](const std::string& path) {
    http::Request r;
    r.method = "POST";
    r.path = path;
    r.clientAddress = "203.0.113.77";
    return app.handle(r).status;
  };
  ::testing::internal::CaptureStderr();
  EXPECT_EQ(post("/api/v1/districts/1/survey-windows/2/climate-responses"), 401);
  EXPECT_EQ(post("/api/v1/districts/1/survey-windows/2/network-responses"), 401);
  EXPECT_EQ(post("/api/v1/events/3/survey"), 401);
  EXPECT_EQ(post("/api/v1/districts/1/survey-windows/2/close"), 401);  // not an answer: logged
  std::string logged = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(logged.find("responses"), std::string::npos) << logged;
  EXPECT_EQ(logged.find("/survey\""), std::string::npos) << logged;
  EXPECT_NE(logged.find("/close"), std::string::npos) << logged;
}

TEST_P(ServerApi, ManyConcurrentClientsAreServed) {
  addUser("pat@example.org", "Pat");
  auto session = logIn("pat@example.org");
  std::vector<std::thread> clients;
  std::atomic<int> ok{0};
  for (int i = 0; i < 8; ++i)
    clients.emplace_back([&] {
      for (int j = 0; j < 20; ++j)
        if (get("/api/v1/me", &session).status == 200) ++ok;
    });
  for (auto& t : clients) t.join();
  EXPECT_EQ(ok.load(), 160);
}

}  // namespace
}  // namespace accord::testing
