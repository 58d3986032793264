#pragma once
// JSON shapes of the domain's types, shared by the handlers.
#include <optional>

#include <nlohmann/json.hpp>

#include "domain/account/account.hpp"
#include "domain/audit/audit.hpp"
#include "domain/body/body.hpp"
#include "domain/district/district.hpp"
#include "http/json_writer.hpp"

namespace accord::http {

// An optional value as JSON, null when empty.
template <class T>
nlohmann::json orNull(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json userJson(const domain::User& user);
nlohmann::json districtJson(const domain::District& district);
nlohmann::json membershipJson(const domain::Membership& membership);
nlohmann::json bodyJson(const domain::Body& body);
nlohmann::json bodyMemberJson(const domain::BodyMember& member);
void writeAudit(JsonWriter& w, const domain::AuditEntry& entry);

}  // namespace accord::http
