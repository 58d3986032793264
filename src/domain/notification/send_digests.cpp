#include "common/calendar_date.hpp"
#include "domain/notification/use_cases.hpp"

namespace accord::domain {

namespace {

// A claim older than this belongs to a sender that died between claiming and finishing.
constexpr UnixSeconds kStaleClaim = 3600;
constexpr int kBatch = 200;

Result<void> finish(Store& store, long long userId, const std::string& day, const std::string& status,
                    const std::string& error, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(tx->notifications().finishDigest(userId, day, status, error, now));
  return tx->commit();
}

// Composes, claims and sends one person's digest; the outcome is counted in `run`.
Result<void> sendOne(Store& store, Mailer& mailer, const std::string& publicUrl, Logger& log, const User& user,
                     const std::string& day, UnixSeconds now, DigestRun& run) {
  Digest digest;
  {
    ACCORD_TRY(auto tx, store.read());
    ACCORD_TRY(digest, composeDigest(*tx, user, now));
  }
  {
    ACCORD_TRY(auto tx, store.write());
    ACCORD_TRY(bool claimed, tx->notifications().claimDigest(user.id, day, now, now - kStaleClaim));
    ACCORD_CHECK(tx->commit());
    if (!claimed) {
      ++run.skipped;
      return Ok{};
    }
  }
  if (digest.empty()) {
    ++run.empty;
    return finish(store, user.id, day, "empty", "", now);
  }
  auto sent = mailer.send(digestMessage(digest, publicUrl));
  if (!sent.ok()) {
    ++run.failed;
    const Error& e = sent.error();
    std::string why = e.message + (e.detail.empty() ? "" : " (" + e.detail + ")");
    log.error("the digest could not be sent; it is retried on the next run",
              {{"user_id", user.id}, {"day", day}, {"error", why}});
    return finish(store, user.id, day, "failed", why, now);
  }
  ++run.sent;
  log.info("digest sent", {{"user_id", user.id}, {"day", day}});
  return finish(store, user.id, day, "sent", "", now);
}

}  // namespace

Result<DigestRun> sendDigests(Store& store, Mailer& mailer, const std::string& publicUrl, Logger& log,
                              UnixSeconds now) {
  DigestRun run;
  std::string day = isoDateOf(now);
  long long after = 0;
  while (true) {
    std::vector<User> batch;
    {
      ACCORD_TRY(auto tx, store.read());
      ACCORD_TRY(batch, tx->notifications().recipients(day, after, kBatch));
    }
    for (const auto& user : batch) {
      auto one = sendOne(store, mailer, publicUrl, log, user, day, now, run);
      if (!one.ok()) {
        ++run.failed;
        log.error("the digest could not be prepared", {{"user_id", user.id}, {"error", one.error().message},
                                                        {"detail", one.error().detail}});
      }
    }
    if (static_cast<int>(batch.size()) < kBatch) break;
    after = batch.back().id;
  }
  return run;
}

}  // namespace accord::domain
