#include "domain/account/password_guard.hpp"

#include "common/crypto.hpp"
#include "domain/account/account.hpp"

namespace accord::domain {

namespace {

// Verifying against this when the email is unknown keeps the answer as slow as for a
// wrong password, so timing does not reveal which addresses have accounts.
const std::string& decoyHash() {
  static const std::string hash = crypto::hashPassword("accord-decoy-password");
  return hash;
}

Error tooMany(const std::string& key) {
  return Error{ErrorCode::kTooManyRequests, "too many failed password attempts; try again in a few minutes", {}, key};
}

}  // namespace

Result<bool> verifyPasswordThrottled(Store& store, const Config& config, const PasswordAttempt& attempt,
                                     UnixSeconds now) {
  const std::string accountKey = "account:" + attempt.account;
  const std::string addressKey = "address:" + attempt.clientAddress;
  const UnixSeconds since = now - config.loginWindowSeconds;

  // Recorded as failures up front: a guess counts from before its verification starts, so a burst
  // of parallel guesses finds the earlier ones already counted.
  long long accountAttempt = 0, addressAttempt = 0;
  {
    ACCORD_TRY(auto tx, store.write());
    ACCORD_TRY(accountAttempt, tx->throttle().reserveAttempt(accountKey, now, since, config.loginMaxFailures));
    if (accountAttempt == 0) return tooMany(accountKey);
    ACCORD_TRY(addressAttempt, tx->throttle().reserveAttempt(addressKey, now, since, config.loginMaxFailures));
    if (addressAttempt == 0) return tooMany(addressKey);
    ACCORD_CHECK(tx->commit());
  }

  // Hashing is slow on purpose; it runs outside any transaction.
  bool verified = crypto::verifyPassword(attempt.password,
                                         attempt.passwordHash ? *attempt.passwordHash : decoyHash()) &&
                  attempt.passwordHash != nullptr;
  if (!verified) return false;

  ACCORD_TRY(auto tx, store.write());
  ACCORD_CHECK(tx->throttle().clear(accountKey));
  ACCORD_CHECK(tx->throttle().removeAttempt(addressAttempt));
  ACCORD_CHECK(tx->throttle().removeBefore(since));
  ACCORD_CHECK(tx->commit());
  return true;
}

}  // namespace accord::domain
