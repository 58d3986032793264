#include "domain/communication/communication.hpp"

#include <algorithm>

namespace accord::domain {

bool signedByBothCoChairs(const std::vector<CommunicationSignature>& signatures,
                          std::optional<long long> laborCoChairId, std::optional<long long> managementCoChairId) {
  auto hasSigned = [&](std::optional<long long> chair) {
    return chair && std::any_of(signatures.begin(), signatures.end(),
                                [&](const CommunicationSignature& s) { return s.userId == *chair; });
  };
  return hasSigned(laborCoChairId) && hasSigned(managementCoChairId);
}

}  // namespace accord::domain
