#pragma once
// The one place where a password is checked: sign-in and password change both come here, so
// every check counts against the same throttle.
#include <string>

#include "common/clock.hpp"
#include "common/config.hpp"
#include "domain/store.hpp"

namespace accord::domain {

struct PasswordAttempt {
  std::string account;        // the normalised email the password is for (known or not)
  std::string clientAddress;  // the address the request came from
  std::string password;
  const std::string* passwordHash = nullptr;  // the account's hash; nullptr when there is no such account
};

// Counts the attempt against "account:<email>" and "address:<ip>" before verifying it, in one write
// transaction under a lock on each key, so concurrent guesses never pass config.loginMaxFailures within
// config.loginWindowSeconds. kTooManyRequests when a key is at its limit; true when the password is right
// (the attempt is then forgotten and the account's failures cleared), false when it is wrong or there is
// no account (verified against a decoy so that the time taken does not tell).
Result<bool> verifyPasswordThrottled(Store& store, const Config& config, const PasswordAttempt& attempt,
                                     UnixSeconds now);

}  // namespace accord::domain
