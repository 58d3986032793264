#include "http/api/render.hpp"

namespace accord::http {

using nlohmann::json;

json userJson(const domain::User& user) {
  return {{"id", user.id},         {"email", user.email}, {"name", user.name},
          {"locale", user.locale}, {"admin", user.admin}, {"created_at", user.createdAt}};
}

json districtJson(const domain::District& d) {
  return {{"id", d.id},
          {"name", d.name},
          {"state", d.state},
          {"nces_id", d.ncesId.empty() ? json(nullptr) : json(d.ncesId)},
          {"state_code", d.stateCode.empty() ? json(nullptr) : json(d.stateCode)},
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

json bodyJson(const domain::Body& b) {
  return {{"id", b.id},
          {"district_id", b.districtId},
          {"name", b.name},
          {"level", b.level},
          {"school", b.school.empty() ? json(nullptr) : json(b.school)},
          {"labor_seats", b.laborSeats},
          {"management_seats", b.managementSeats},
          {"rule", b.rule.kind},
          {"quorum_per_side", b.rule.quorumPerSide},
          {"supermajority_k", b.rule.supermajorityK},
          {"supermajority_n", b.rule.supermajorityN},
          {"fallback", b.rule.fallback},
          {"advance_rule", b.advanceRule},
          {"labor_co_chair_id", orNull(b.laborCoChairId)},
          {"management_co_chair_id", orNull(b.managementCoChairId)},
          {"charter_review_due", b.charterReviewDue},
          {"created_at", b.createdAt}};
}

json bodyMemberJson(const domain::BodyMember& m) {
  return {{"id", m.id},     {"body_id", m.bodyId}, {"user_id", m.userId},         {"side", m.side},
          {"seat", m.seat}, {"name", m.userName},  {"created_at", m.createdAt}};
}

void writeAudit(JsonWriter& w, const domain::AuditEntry& e) {
  w.open().field("id", e.id).field("at", e.at).key("actor_id");
  if (e.actorId)
    w.value(e.actorId);
  else
    w.value(nullptr);  // none: a rule, or the command line
  w.field("actor_name", e.actorName)
      .field("action", e.action)
      .field("subject_type", e.subjectType)
      .field("subject_id", e.subjectId)
      .key("subject_title");
  if (e.subjectTitle)
    w.value(*e.subjectTitle);
  else
    w.value(nullptr);
  w.key("details");
  // The listing use cases give details that read as JSON (or "{}").
  w.raw(e.details).close();
}

}  // namespace accord::http
