#include "domain/district/use_cases.hpp"

namespace accord::domain {

Result<void> checkSideAndRole(const std::string& side, const std::string& role) {
  if (!isSide(side)) return invalid("side", "must be labor, management or neutral");
  if (!isRole(role)) return invalid("role", "is not a known role");
  return Ok{};
}

}  // namespace accord::domain
