#pragma once
// Inside `accord serve`: sends the daily digest once the configured hour (UTC) has come, checking
// every few minutes so that a failed send is retried and a server started late still sends.
// Sending is idempotent (see sendDigests), so several servers may each run one. Beside it, every
// few seconds, it sends the emails of notifications that people get at once (sendNotificationEmails,
// each claimed before sending in the same way).
#include "app/periodic.hpp"
#include "common/config.hpp"
#include "domain/store.hpp"

namespace accord::app {

class DigestTimer {
 public:
  DigestTimer(domain::Store& store, const Config& config, Logger& log);
  void start();  // only when there is a mail server to send through
  void stop() {
    periodic_.stop();
    emails_.stop();
  }

 private:
  void check();
  void sendEmails();

  domain::Store& store_;
  const Config& config_;
  Logger& log_;
  Periodic periodic_;
  Periodic emails_;
};

}  // namespace accord::app
