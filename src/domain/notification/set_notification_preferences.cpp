#include "domain/notification/use_cases.hpp"

namespace accord::domain {

Result<std::map<std::string, std::string>> setNotificationPreferences(Store& store, const Caller& caller,
                                                                      const NotificationPreferenceChange& change) {
  for (const auto& [kind, enabled] : change.kinds)
    if (!isNotificationKind(kind)) return invalid(kind, "is not a kind of notification");
  for (const auto& [kind, delivery] : change.delivery) {
    if (!isNotificationKind(kind)) return invalid("delivery." + kind, "is not a kind of notification");
    if (!isDelivery(delivery)) return invalid("delivery." + kind, "must be digest, immediately or off");
    if (delivery == kDeliveryImmediately && !isCentreKind(kind))
      return invalid("delivery." + kind, "goes only in the daily digest: digest or off");
  }
  ACCORD_TRY(auto tx, store.write());
  ACCORD_TRY(auto current, readDeliveries(*tx, caller.user.id));
  // Turning a kind on keeps how it was delivered before it was turned off: the digest.
  for (const auto& [kind, enabled] : change.kinds)
    if (!enabled) current[kind] = kDeliveryOff;
    else if (current[kind] == kDeliveryOff) current[kind] = kDeliveryDigest;
  for (const auto& [kind, delivery] : change.delivery) current[kind] = delivery;
  for (const auto& kind : notificationKinds()) {
    if (!change.kinds.count(kind) && !change.delivery.count(kind)) continue;
    ACCORD_CHECK(tx->notifications().setDelivery(caller.user.id, kind, current[kind]));
  }
  ACCORD_CHECK(tx->commit());
  return current;
}

}  // namespace accord::domain
