#include "domain/notification/use_cases.hpp"

namespace accord::domain {

Result<std::map<std::string, bool>> setNotificationPreferences(Store& store, const Caller& caller,
                                                               const std::map<std::string, bool>& kinds) {
  for (const auto& [kind, enabled] : kinds)
    if (!isNotificationKind(kind)) return invalid(kind, "is not a kind of notification");
  {
    ACCORD_TRY(auto tx, store.write());
    for (const auto& [kind, enabled] : kinds) ACCORD_CHECK(tx->notifications().setPreference(caller.user.id, kind, enabled));
    ACCORD_CHECK(tx->commit());
  }
  return getNotificationPreferences(store, caller);
}

}  // namespace accord::domain
