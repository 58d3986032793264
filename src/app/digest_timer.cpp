#include "app/digest_timer.hpp"

#include "domain/notification/use_cases.hpp"
#include "mail/smtp_mailer.hpp"

namespace accord::app {

namespace {

constexpr auto kFirstCheck = std::chrono::seconds(30);
constexpr auto kInterval = std::chrono::minutes(10);
// An email sent "at once" leaves within this.
constexpr auto kEmailInterval = std::chrono::seconds(15);

int utcHour(UnixSeconds at) { return static_cast<int>((at % 86400) / 3600); }

}  // namespace

DigestTimer::DigestTimer(domain::Store& store, const Config& config, Logger& log)
    : store_(store), config_(config), log_(log), periodic_("the daily digest", kFirstCheck, kInterval, log, [this] {
        check();
      }),
      emails_("notification emails", kEmailInterval, kEmailInterval, log, [this] { sendEmails(); }) {}

void DigestTimer::start() {
  if (config_.smtpUrl.empty()) return;
  periodic_.start();
  emails_.start();
}

void DigestTimer::sendEmails() {
  mail::SmtpMailer mailer(config_);
  auto run = domain::sendNotificationEmails(store_, mailer, config_.publicUrl, log_, nowSeconds());
  if (!run.ok()) {
    log_.error("notification emails could not be sent; they are tried again later",
               {{"error", run.error().message}, {"detail", run.error().detail}});
  } else if (run->sent || run->failed) {
    log_.info("notification emails", {{"sent", run->sent}, {"failed", run->failed}, {"dropped", run->dropped}});
  }
}

void DigestTimer::check() {
  UnixSeconds now = nowSeconds();
  if (utcHour(now) < config_.digestHour) return;
  mail::SmtpMailer mailer(config_);
  auto run = domain::sendDigests(store_, mailer, config_.publicUrl, log_, now);
  if (!run.ok()) {
    log_.error("the daily digest could not run; it is tried again later",
               {{"error", run.error().message}, {"detail", run.error().detail}});
  } else if (run->sent || run->failed) {
    log_.info("daily digest", {{"sent", run->sent}, {"failed", run->failed}, {"empty", run->empty}});
  }
}

}  // namespace accord::app
