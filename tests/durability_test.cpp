// What the server has answered as saved stays saved, even when the process is killed in the middle of
// a stream of writes (on SQLite, while writes are being committed together in batches).
#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "child_process.hpp"
#include "partnership_fixture.hpp"

namespace accord::testing {
namespace {

class Durability : public PartnershipApi {};
ACCORD_ON_EVERY_BACKEND(Durability);

TEST_P(Durability, EveryWriteAnsweredBeforeTheServerIsKilledIsKept) {
  const char* binary = std::getenv("ACCORD_BINARY");
  if (!binary) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  long long issue = raiseIssue(management_);
  std::string interests = issuePath(issue) + "/interests";
  ASSERT_EQ(post(issuePath(issue) + "/step", {{"step", "interests"}}, &labor_).status, 200);
  stopServer();  // the database now belongs to the child process; the sessions stay valid in it

  Process server({binary, "serve", "--listen", "127.0.0.1:0", "--db", database_->url(), "--threads", "2"});
  std::string port = server.waitForLine(std::regex("\"address\":\"http://127\\.0\\.0\\.1:(\\d+)\""));
  ASSERT_FALSE(port.empty());
  server.drainInBackground();
  auto p = static_cast<std::uint16_t>(std::stoi(port));

  // Eight writers, each sending its next interest once the last one is answered, until the kill.
  std::mutex mutex;
  std::set<std::string> answered;
  std::atomic<bool> killed{false};
  std::vector<std::thread> writers;
  for (int w = 0; w < 8; ++w) {
    writers.emplace_back([&, w] {
      for (int i = 0; !killed; ++i) {
        std::string text = "interest " + std::to_string(w) + "-" + std::to_string(i);
        HttpRequest request{"POST", interests,
                            {{"Content-Type", "application/json"}, {"Cookie", management_.cookie},
                             {"X-CSRF-Token", management_.csrf}},
                            nlohmann::json{{"text", text}, {"side", "management"}}.dump()};
        auto r = send(p, request);
        if (r.status == 201) {
          std::lock_guard lock(mutex);
          answered.insert(text);
        } else if (!killed) {
          ADD_FAILURE() << "HTTP " << r.status << ": " << r.body;
          return;
        }
      }
    });
  }
  for (;;) {
    {
      std::lock_guard lock(mutex);
      if (answered.size() >= 200) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  killed = true;   // from here a failed request is the kill's doing
  server.kill();  // in the middle of the writers' next requests
  for (auto& writer : writers) writer.join();

  std::set<std::string> kept;
  auto sql = rawSession();
  soci::rowset<std::string> rows =
      (sql->prepare << "SELECT text FROM issue_items WHERE issue_id = :issue AND kind = 'interest'", soci::use(issue));
  for (const auto& text : rows) kept.insert(text);
  ASSERT_GE(answered.size(), 200u);
  for (const auto& text : answered) EXPECT_TRUE(kept.count(text)) << text << " was answered 201 and then lost";
}

}  // namespace
}  // namespace accord::testing
