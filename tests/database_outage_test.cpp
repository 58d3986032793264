// PostgreSQL stopped and started again under concurrent writers: while it is away every request
// answers 503 with Retry-After (never 500), /readyz says 503; within seconds of its return
// everything answers again, no write that was acknowledged is lost, and an import that was running
// ends instead of staying "running".
#include <atomic>
#include <chrono>
#include <iostream>
#include <mutex>
#include <thread>
#include <vector>

#include "outcome_fixture.hpp"
#include "own_postgres.hpp"

namespace accord::testing {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

struct Answer {
  Clock::time_point sent;
  int status = 0;
  bool retryAfter = false;
};

class DatabaseOutage : public OutcomeApi {
 protected:
  void SetUp() override {
    if (auto why = OwnPostgres::unavailableBecause(); !why.empty()) {
      if (std::getenv("CI")) FAIL() << why;
      GTEST_SKIP() << why;
    }
    postgres_ = std::make_unique<OwnPostgres>();
    ASSERT_TRUE(postgres_->running()) << "the test's own PostgreSQL server did not start";
    databaseUrl_ = postgres_->url();
    OutcomeApi::SetUp();
    if (IsSkipped() || HasFailure()) return;
    startServer([&](Config& c) {
      c.threads = 4;
      c.dbPoolSize = 8;  // four writers: the import holds one for as long as it runs
      c.maxBodyBytes = 32 << 20;  // the import's file in one request
    });
    admin_ = super_;
  }
  void TearDown() override {
    OutcomeApi::TearDown();
    postgres_.reset();
  }

  // A file large enough to be importing still when the database goes away.
  long long startLongImport() {
    std::string file = "metric,year,scope,school_code,group,value,n\n";
    for (int i = 0; i < 200000; ++i)
      file += "math_met," + std::to_string(2000 + i % 25) + ",district,," + std::to_string(1000 + i) + ",41.5,100\n";
    auto r = upload("csv", file);
    EXPECT_EQ(r.status, 202) << r.body;
    return r.json().value("id", 0LL);
  }

  // Eight clients each create districts and read who they are, without pause, until told to stop.
  void load(std::atomic<bool>& stop) {
    std::vector<std::thread> clients;
    for (int c = 0; c < 8; ++c) {
      clients.emplace_back([&, c] {
        for (int n = 0; !stop; ++n) {
          Answer write{Clock::now()};
          auto created = post("/api/v1/districts",
                              {{"name", "District " + std::to_string(c) + "-" + std::to_string(n)},
                               {"state", "CA"},
                               {"my_side", "management"},
                               {"my_role", "superintendent"}},
                              &admin_);
          write.status = created.status;
          write.retryAfter = !created.header("retry-after").empty();
          Answer read{Clock::now()};
          auto me = get("/api/v1/me", &admin_);
          read.status = me.status;
          read.retryAfter = !me.header("retry-after").empty();
          std::lock_guard lock(mutex_);
          answers_.push_back(write);
          answers_.push_back(read);
          if (created.status == 201) acknowledged_.push_back(created.json()["id"].get<long long>());
        }
      });
    }
    for (auto& t : clients) t.join();
  }

  void outage(const std::string& mode) {
    long long import = startLongImport();
    std::atomic<bool> stop{false};
    std::thread clients([&] { load(stop); });
    std::this_thread::sleep_for(1s);
    ASSERT_TRUE(postgres_->stop(mode));
    std::this_thread::sleep_for(2s);
    auto whileAway = get("/readyz");
    Clock::time_point restarted;
    bool started = postgres_->start();
    restarted = Clock::now();
    std::this_thread::sleep_for(6s);
    auto afterReturn = get("/readyz");
    stop = true;
    clients.join();
    ASSERT_TRUE(started);

    EXPECT_EQ(whileAway.status, 503) << whileAway.body;
    EXPECT_FALSE(whileAway.header("retry-after").empty());
    EXPECT_EQ(afterReturn.status, 200) << afterReturn.body;

    int unavailable = 0, lastUnavailableMs = -100000, firstBackMs = 100000, servedLate = 0;
    for (const auto& a : answers_) {
      int sinceRestartMs =
          static_cast<int>(std::chrono::duration_cast<std::chrono::milliseconds>(a.sent - restarted).count());
      EXPECT_TRUE(a.status == 200 || a.status == 201 || a.status == 503) << "status " << a.status;
      if (a.status == 503) {
        ++unavailable;
        EXPECT_TRUE(a.retryAfter) << "a 503 without Retry-After";
        lastUnavailableMs = std::max(lastUnavailableMs, sinceRestartMs);
        EXPECT_LT(sinceRestartMs, 5000) << "still unavailable 5 s after the database came back";
      } else if (sinceRestartMs >= 0) {
        firstBackMs = std::min(firstBackMs, sinceRestartMs);
        if (sinceRestartMs >= 5000) ++servedLate;
      }
    }
    EXPECT_GT(unavailable, 0) << "the outage was never seen";
    EXPECT_GT(servedLate, 0) << "nothing was served after the database came back";
    std::cout << "[ outage " << mode << " ] " << answers_.size() << " answers, " << unavailable
              << " were 503; after the restart the first success was sent at +" << firstBackMs
              << " ms and the last 503 at +" << lastUnavailableMs << " ms\n";

    for (long long id : acknowledged_) {
      auto r = get("/api/v1/districts/" + std::to_string(id), &admin_);
      EXPECT_EQ(r.status, 200) << "acknowledged district " << id << " is lost";
    }
    EXPECT_GT(acknowledged_.size(), 0u);

    auto job = waitForImport(import);
    EXPECT_EQ(job["status"], "failed") << job.dump();
    EXPECT_NE(job["message"].get<std::string>().find("could not be reached"), std::string::npos) << job.dump();
    std::cout << "[ outage " << mode << " ] the import that was running ended: " << job["status"] << ", "
              << job["message"] << "\n";
  }

  std::unique_ptr<OwnPostgres> postgres_;
  Session admin_;
  std::mutex mutex_;
  std::vector<Answer> answers_;
  std::vector<long long> acknowledged_;
};

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseOutage, ::testing::Values("postgresql"), backendName);

TEST_P(DatabaseOutage, AnImmediateStopAnswers503UntilTheDatabaseIsBackAndLosesNoAcknowledgedWrite) {
  outage("immediate");
}

TEST_P(DatabaseOutage, AFastStopAnswers503UntilTheDatabaseIsBackAndLosesNoAcknowledgedWrite) { outage("fast"); }

}  // namespace
}  // namespace accord::testing
