#include "common/crypto.hpp"
#include "domain/account/password_guard.hpp"
#include "domain/account/rules.hpp"
#include "domain/account/use_cases.hpp"

namespace accord::domain {

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

  std::optional<User> found;
  {
    ACCORD_TRY(auto tx, store.readOneStatement());
    auto user = tx->users().byEmail(email);
    if (user.ok()) found = std::move(user).value();
    else if (user.error().code != ErrorCode::kNotFound) return user.takeError();
  }
  ACCORD_TRY(bool verified,
             verifyPasswordThrottled(store, config,
                                     {email, input.clientAddress, input.password,
                                      found ? &found->passwordHash : nullptr},
                                     now));
  if (!verified) return unauthenticated("the email or password is not correct");

  ACCORD_TRY(auto tx, store.write());
  // Sign-ins are rare enough to carry the housekeeping of old sessions.
  ACCORD_CHECK(tx->sessions().removeExpired(now, now - config.sessionIdleSeconds));
  ACCORD_TRY(SignedIn out, openSession(*tx, config, *found, now));
  ACCORD_CHECK(tx->commit());
  return out;
}

}  // namespace accord::domain
