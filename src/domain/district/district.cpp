#include "domain/district/district.hpp"

#include <algorithm>

namespace accord::domain {

bool isSide(std::string_view side) { return side == "labor" || side == "management" || side == "neutral"; }

const std::vector<std::string>& allRoles() {
  static const std::vector<std::string> roles = {
      "superintendent", "cabinet",  "board_president", "board_member", "union_president", "union_officer",
      "administrator",  "principal", "site_rep",       "teacher",      "classified_staff", "member",
      "facilitator",    "recorder",
  };
  return roles;
}

bool isRole(std::string_view role) {
  const auto& roles = allRoles();
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

}  // namespace accord::domain
