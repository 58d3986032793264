#include "http/api/render.hpp"

namespace accord::http {

using nlohmann::json;

namespace {
template <class T>
json orNull(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}
}  // namespace

json userJson(const domain::User& user) {
  return {{"id", user.id},         {"email", user.email}, {"name", user.name},
          {"locale", user.locale}, {"admin", user.admin}, {"created_at", user.createdAt}};
}

json districtJson(const domain::District& d) {
  return {{"id", d.id},
          {"name", d.name},
          {"state", d.state},
          {"nces_id", d.ncesId.empty() ? json(nullptr) : json(d.ncesId)},
          {"enrollment", orNull(d.enrollment)},
          {"low_income_pct", orNull(d.lowIncomePct)},
          {"english_learners_pct", orNull(d.englishLearnersPct)},
          {"minority_pct", orNull(d.minorityPct)},
          {"created_at", d.createdAt}};
}

json membershipJson(const domain::Membership& m) {
  return {{"id", m.id},     {"district_id", m.districtId}, {"user_id", m.userId},       {"side", m.side},
          {"role", m.role}, {"name", m.userName},          {"email", m.userEmail},      {"created_at", m.createdAt}};
}

}  // namespace accord::http
