#include "domain/notification/use_cases.hpp"

namespace accord::domain {

Result<std::map<std::string, std::string>> readDeliveries(Transaction& tx, long long userId) {
  ACCORD_TRY(auto set, tx.notifications().deliveries(userId));
  std::map<std::string, std::string> out;
  for (const auto& kind : notificationKinds()) {
    auto it = set.find(kind);
    out[kind] = it == set.end() ? kDeliveryDigest : it->second;
  }
  return out;
}

Result<std::map<std::string, std::string>> getNotificationPreferences(Store& store, const Caller& caller) {
  ACCORD_TRY(auto tx, store.read());
  return readDeliveries(*tx, caller.user.id);
}

}  // namespace accord::domain
