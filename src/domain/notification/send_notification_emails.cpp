#include "domain/notification/use_cases.hpp"

namespace accord::domain {

namespace {

// A claim older than this belongs to a sender that died between claiming and finishing.
constexpr UnixSeconds kStaleEmailClaim = 600;
constexpr int kEmailBatch = 100;
constexpr int kMaxAttempts = 5;

Result<void> finish(Store& store, long long id, const std::string& status, const std::string& error,
                    UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(tx->notifications().finishEmail(id, status, error, now));
  return tx->commit();
}

// Claims, reads under the recipient's access and sends one notification's email.
Result<void> sendOne(Store& store, Mailer& mailer, const std::string& publicUrl, Logger& log,
                     const Notification& n, UnixSeconds now, EmailRun& run) {
  int attempts = 0;
  {
    ACCORD_TRY(auto tx, store.write());
    ACCORD_TRY(attempts, tx->notifications().claimEmail(n.id, now, now - kStaleEmailClaim));
    ACCORD_CHECK(tx->commit());
    if (attempts == 0) {
      ++run.skipped;
      return Ok{};
    }
  }
  User user;
  NotificationView view;
  bool wanted = false;
  {
    ACCORD_TRY(auto tx, store.read());
    ACCORD_TRY(user, tx->users().byId(n.userId));
    ACCORD_TRY(view, viewNotification(*tx, n, user));
    ACCORD_TRY(auto delivery, readDeliveries(*tx, n.userId));
    wanted = view.available && delivery[n.kind] == kDeliveryImmediately;
  }
  if (!wanted) {
    ++run.dropped;
    return finish(store, n.id, "dropped", "", now);
  }
  auto sent = mailer.send(notificationMessage(user, view, publicUrl));
  if (!sent.ok()) {
    ++run.failed;
    const Error& e = sent.error();
    std::string why = e.message + (e.detail.empty() ? "" : " (" + e.detail + ")");
    bool last = attempts >= kMaxAttempts;
    log.error(last ? "a notification email could not be sent; it is not tried again"
                   : "a notification email could not be sent; it is tried again on the next run",
              {{"notification_id", n.id}, {"attempts", attempts}, {"error", why}});
    return finish(store, n.id, last ? "dropped" : "failed", why, now);
  }
  ++run.sent;
  return finish(store, n.id, "sent", "", now);
}

}  // namespace

Result<EmailRun> sendNotificationEmails(Store& store, Mailer& mailer, const std::string& publicUrl, Logger& log,
                                        UnixSeconds now) {
  EmailRun run;
  long long after = 0;
  while (true) {
    std::vector<Notification> batch;
    {
      ACCORD_TRY(auto tx, store.read());
      ACCORD_TRY(batch, tx->notifications().pendingEmails(after, kEmailBatch));
    }
    for (const auto& n : batch) {
      auto one = sendOne(store, mailer, publicUrl, log, n, now, run);
      if (!one.ok()) {
        ++run.failed;
        log.error("a notification email could not be prepared",
                  {{"notification_id", n.id}, {"error", one.error().message}, {"detail", one.error().detail}});
      }
    }
    if (static_cast<int>(batch.size()) < kEmailBatch) break;
    after = batch.back().id;
  }
  return run;
}

}  // namespace accord::domain
