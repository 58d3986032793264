#include <tuple>

#include "common/crypto.hpp"
#include "domain/account/use_cases.hpp"

namespace accord::domain {

namespace {
// Recording every request's time would turn every read into a write; a minute's precision
// is enough for the idle timeout.
constexpr UnixSeconds kTouchInterval = 60;
}  // namespace

Result<Caller> authenticate(Store& store, const Config& config, const std::string& token, UnixSeconds now) {
  if (token.empty()) return unauthenticated("sign in first");
  const std::string tokenHash = crypto::sha256Hex(token);
  Caller caller;
  {
    ACCORD_TRY(auto tx, store.readOneStatement());
    auto found = tx->sessions().withUser(tokenHash);
    if (!found.ok()) {
      if (found.error().code == ErrorCode::kNotFound) return unauthenticated("the session has ended; sign in again");
      return found.takeError();
    }
    std::tie(caller.session, caller.user) = std::move(found).value();
  }
  if (caller.session.expiresAt <= now || caller.session.lastSeenAt + config.sessionIdleSeconds <= now)
    return unauthenticated("the session has expired; sign in again");
  if (now - caller.session.lastSeenAt >= kTouchInterval) {
    ACCORD_TRY(auto tx, store.write());
    ACCORD_CHECK(tx->sessions().touch(tokenHash, now));
    ACCORD_CHECK(tx->commit());
    caller.session.lastSeenAt = now;
  }
  return caller;
}

}  // namespace accord::domain
