#include "domain/audit/use_cases.hpp"

namespace accord::domain {

Result<Page<AuditEntry>> listNetworkAudit(Store& store, const Caller& caller, long long cursor, int limit) {
  if (!caller.user.admin) return forbidden("the network's log is for the installation's administrators");
  ACCORD_TRY(auto tx, store.read());
  return tx->audit().listNetwork(cursor, limit);
}

}  // namespace accord::domain
