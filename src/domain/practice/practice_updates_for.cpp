#include "domain/practice/use_cases.hpp"

namespace accord::domain {

namespace {

constexpr UnixSeconds kDay = 86400;

}  // namespace

Result<std::vector<PracticeUpdate>> practiceUpdatesFor(Transaction& tx, long long userId, UnixSeconds now) {
  // The digest of a day is sent once, at an hour of that day; reading the whole day before, from
  // midnight to midnight UTC, leaves no change out and tells none twice, even when a failed
  // digest is sent again hours later.
  UnixSeconds today = now - now % kDay;
  return tx.practices().updatesFor(userId, today - kDay, today);
}

}  // namespace accord::domain
