#include "app/digest_timer.hpp"

#include <chrono>

#include "domain/notification/use_cases.hpp"
#include "mail/smtp_mailer.hpp"

namespace accord::app {

namespace {

constexpr auto kFirstCheck = std::chrono::seconds(30);
constexpr auto kInterval = std::chrono::minutes(10);

int utcHour(UnixSeconds at) { return static_cast<int>((at % 86400) / 3600); }

}  // namespace

DigestTimer::DigestTimer(domain::Store& store, const Config& config, Logger& log)
    : store_(store), config_(config), log_(log) {}

DigestTimer::~DigestTimer() { stop(); }

void DigestTimer::start() {
  if (config_.smtpUrl.empty() || thread_.joinable()) return;
  thread_ = std::thread([this] { run(); });
}

void DigestTimer::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void DigestTimer::run() {
  mail::SmtpMailer mailer(config_);
  auto wait = kFirstCheck;
  while (true) {
    {
      std::unique_lock lock(mutex_);
      if (wake_.wait_for(lock, wait, [this] { return stopping_; })) return;
    }
    wait = kInterval;
    UnixSeconds now = nowSeconds();
    if (utcHour(now) < config_.digestHour) continue;
    try {
      auto run = domain::sendDigests(store_, mailer, config_.publicUrl, log_, now);
      if (!run.ok()) {
        log_.error("the daily digest could not run; it is tried again later",
                   {{"error", run.error().message}, {"detail", run.error().detail}});
      } else if (run->sent || run->failed) {
        log_.info("daily digest", {{"sent", run->sent}, {"failed", run->failed}, {"empty", run->empty}});
      }
    } catch (const std::exception& e) {
      log_.error("the daily digest stopped on an error; it is tried again later", {{"error", e.what()}});
    }
  }
}

}  // namespace accord::app
