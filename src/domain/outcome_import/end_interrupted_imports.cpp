#include "domain/outcome_import/use_cases.hpp"

namespace accord::domain {

namespace {
// An import begins its transaction, and claims its job, moments after the job is recorded; one
// waiting for the single SQLite writer may take longer, and would then still end as it should
// (its end overwrites this one).
constexpr UnixSeconds kClaimGrace = 60;
constexpr const char* kInterrupted =
    "interrupted: the server stopped before the import finished, and nothing of it was stored; start it again";
}  // namespace

Result<long long> endInterruptedImports(Store& store, UnixSeconds now) {
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(long long ended, tx->imports().failUnclaimed(now - kClaimGrace, kInterrupted, now));
  ACCORD_CHECK(tx->commit());
  return ended;
}

}  // namespace accord::domain
