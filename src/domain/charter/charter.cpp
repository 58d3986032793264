#include "domain/charter/charter.hpp"

#include <algorithm>

namespace accord::domain {

bool coversBothSides(const std::vector<CharterSigner>& signers) {
  auto has = [&](const char* side) {
    return std::any_of(signers.begin(), signers.end(), [&](const CharterSigner& s) { return s.side == side; });
  };
  return has("labor") && has("management");
}

bool everySignerSigned(const std::vector<CharterSigner>& signers) {
  return coversBothSides(signers) &&
         std::all_of(signers.begin(), signers.end(), [](const CharterSigner& s) { return s.signedAt.has_value(); });
}

bool charterReviewDue(const std::string& reviewDate, const std::string& today, bool flaggedByBody) {
  return flaggedByBody || reviewDate < today;
}

}  // namespace accord::domain
