#pragma once
// JSON shapes of the domain's types, shared by the handlers.
#include <nlohmann/json.hpp>

#include "domain/account/account.hpp"
#include "domain/district/district.hpp"

namespace accord::http {

nlohmann::json userJson(const domain::User& user);
nlohmann::json districtJson(const domain::District& district);
nlohmann::json membershipJson(const domain::Membership& membership);

}  // namespace accord::http
