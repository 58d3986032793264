#include <map>

#include "domain/body/body.hpp"
#include "domain/decision/use_cases.hpp"
#include "domain/district/policy.hpp"

namespace accord::domain {

Result<Page<LogEntryView>> listDecisionLog(Store& store, const Caller& caller, long long districtId,
                                           long long cursor, int limit) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_CHECK(memberOf(*tx, districtId, caller.user));
  ACCORD_TRY(auto entries, tx->decisionLog().list(districtId, cursor, limit));
  Page<LogEntryView> page;
  page.nextCursor = entries.nextCursor;
  std::map<long long, bool> seated;  // body id → whether the caller sits in it
  for (auto& e : entries.items) {
    LogEntryView view;
    auto parsed = nlohmann::json::parse(e.entry, nullptr, false);
    view.sealed = isSealed(parsed);
    view.contentHash = contentHash(e.entry);
    // Entries logged before sealing carry `confidential` too: withheld alike, though their link
    // can then be checked only by the server's verification.
    bool confidential = parsed.is_object() && parsed.value("confidential", false);
    if (confidential) {
      long long body = parsed.value("body_id", 0LL);
      if (!seated.count(body)) {
        auto seat = tx->bodies().member(body, caller.user.id);
        if (!seat.ok() && seat.error().code != ErrorCode::kNotFound) return seat.takeError();
        seated[body] = seat.ok();
      }
      if (!seated[body]) {
        view.withheld = true;
        e.entry.clear();
      }
    }
    view.entry = std::move(e);
    page.items.push_back(std::move(view));
  }
  return page;
}

}  // namespace accord::domain
