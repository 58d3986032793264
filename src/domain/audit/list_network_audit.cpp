#include "domain/audit/use_cases.hpp"

namespace accord::domain {

Result<Page<AuditEntry>> listNetworkAudit(Store& store, const Caller& caller, long long cursor, int limit) {
  if (!caller.user.admin) return forbidden("the network's log is for the installation's administrators");
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(auto page, tx->audit().listNetwork(cursor, limit));
  // Text that does not read as JSON is left out.
  for (auto& entry : page.items)
    if (!nlohmann::json::accept(entry.details)) entry.details = "{}";
  return page;
}

}  // namespace accord::domain
