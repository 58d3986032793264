#pragma once
// Inside `accord serve`: sends the daily digest once the configured hour (UTC) has come, checking
// every few minutes so that a failed send is retried and a server started late still sends.
// Sending is idempotent (see sendDigests), so several servers may each run one.
#include <condition_variable>
#include <mutex>
#include <thread>

#include "common/config.hpp"
#include "common/log.hpp"
#include "domain/store.hpp"

namespace accord::app {

class DigestTimer {
 public:
  DigestTimer(domain::Store& store, const Config& config, Logger& log);
  ~DigestTimer();  // stops the timer
  void start();
  void stop();

 private:
  void run();

  domain::Store& store_;
  const Config& config_;
  Logger& log_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace accord::app
