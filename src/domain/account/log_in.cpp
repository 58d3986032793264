#include "common/crypto.hpp"
#include "domain/account/rules.hpp"
#include "domain/account/use_cases.hpp"

namespace accord::domain {

namespace {

// Verifying against this when the email is unknown keeps the answer as slow as for a
// wrong password, so timing does not reveal which addresses have accounts.
const std::string& decoyHash() {
  static const std::string hash = crypto::hashPassword("accord-decoy-password");
  return hash;
}

Result<void> checkThrottle(Transaction& tx, const Config& config, const std::string& accountKey,
                           const std::string& addressKey, UnixSeconds now) {
  UnixSeconds since = now - config.loginWindowSeconds;
  for (const auto& key : {accountKey, addressKey}) {
    ACCORD_TRY(long long failures, tx.throttle().failuresSince(key, since));
    if (failures >= config.loginMaxFailures)
      return Error{ErrorCode::kTooManyRequests, "too many failed sign-ins; try again in a few minutes", {}, key};
  }
  return Ok{};
}

}  // namespace

Result<SignedIn> openSession(Transaction& tx, const Config& config, const User& user, UnixSeconds now) {
  SignedIn out;
  out.user = user;
  out.token = crypto::randomToken();
  out.session.tokenHash = crypto::sha256Hex(out.token);
  out.session.userId = user.id;
  out.session.csrfToken = crypto::randomToken();
  out.session.createdAt = now;
  out.session.lastSeenAt = now;
  out.session.expiresAt = now + config.sessionTtlSeconds;
  ACCORD_CHECK(tx.sessions().insert(out.session));
  return out;
}

Result<SignedIn> logIn(Store& store, const Config& config, const LogInInput& input, UnixSeconds now) {
  if (input.email.empty()) return invalid("email", "is required");
  if (input.password.empty()) return invalid("password", "is required");
  ACCORD_TRY(std::string email, normalizeEmail(input.email));
  const std::string accountKey = "account:" + email;
  const std::string addressKey = "address:" + input.clientAddress;

  std::optional<User> found;
  {
    ACCORD_TRY(auto tx, store.read());
    ACCORD_CHECK(checkThrottle(*tx, config, accountKey, addressKey, now));
    auto user = tx->users().byEmail(email);
    if (user.ok()) found = std::move(user).value();
    else if (user.error().code != ErrorCode::kNotFound) return user.takeError();
  }

  // Hashing is slow on purpose; it runs outside any transaction.
  bool verified = crypto::verifyPassword(input.password, found ? found->passwordHash : decoyHash()) && found;

  ACCORD_TRY(auto tx, store.write());
  if (!verified) {
    ACCORD_CHECK(tx->throttle().recordFailure(accountKey, now));
    ACCORD_CHECK(tx->throttle().recordFailure(addressKey, now));
    ACCORD_CHECK(tx->commit());
    return unauthenticated("the email or password is not correct");
  }
  ACCORD_CHECK(tx->throttle().clear(accountKey));
  // Sign-ins are rare enough to carry the housekeeping of old sessions and failures.
  ACCORD_CHECK(tx->sessions().removeExpired(now, now - config.sessionIdleSeconds));
  ACCORD_CHECK(tx->throttle().removeBefore(now - config.loginWindowSeconds));
  ACCORD_TRY(SignedIn out, openSession(*tx, config, *found, now));
  ACCORD_CHECK(tx->commit());
  return out;
}

}  // namespace accord::domain
