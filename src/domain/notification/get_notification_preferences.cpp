#include "domain/notification/use_cases.hpp"

namespace accord::domain {

Result<std::map<std::string, bool>> getNotificationPreferences(Store& store, const Caller& caller) {
  ACCORD_TRY(auto tx, store.read());
  ACCORD_TRY(auto set, tx->notifications().preferences(caller.user.id));
  std::map<std::string, bool> out;
  for (const auto& kind : notificationKinds()) {
    auto it = set.find(kind);
    out[kind] = it == set.end() || it->second;
  }
  return out;
}

}  // namespace accord::domain
