#include "domain/notification/notification.hpp"

#include <algorithm>

namespace accord::domain {

const std::vector<std::string>& notificationKinds() {
  static const std::vector<std::string> kinds = {"proposal_stance", "issue_ready", "agenda_approval", "action_due",
                                                 "check_in_due", "practice_update", "mention", "comment", "signature"};
  return kinds;
}

bool isNotificationKind(std::string_view kind) {
  const auto& kinds = notificationKinds();
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

bool isCentreKind(std::string_view kind) {
  return kind == "mention" || kind == "comment" || kind == "issue_ready" || kind == "proposal_stance" ||
         kind == "agenda_approval" || kind == "signature";
}

bool isDelivery(std::string_view delivery) {
  return delivery == kDeliveryDigest || delivery == kDeliveryImmediately || delivery == kDeliveryOff;
}

}  // namespace accord::domain
