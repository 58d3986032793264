#include "domain/handbook/use_cases.hpp"
#include "domain/notification/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

json personJson(const std::optional<domain::HandbookPerson>& p) {
  return p ? json{{"id", p->id}, {"name", p->name}} : json(nullptr);
}

json charterJson(const domain::CharterVersion& c) {
  json signers = json::array();
  for (const auto& s : c.signers)
    signers.push_back({{"user_id", s.userId}, {"name", s.userName}, {"side", s.side}, {"signed_at", orNull(s.signedAt)}});
  return {{"id", c.id},
          {"number", c.number},
          {"mission", c.mission},
          {"principles", c.principles},
          {"norms", c.norms},
          {"review_date", c.reviewDate},
          {"effective_at", orNull(c.effectiveAt)},
          {"signers", std::move(signers)}};
}

json handbookJson(const domain::Handbook& h) {
  json bodies = json::array();
  for (const auto& hb : h.bodies) {
    json b = {{"id", hb.body.id},
              {"name", hb.body.name},
              {"level", hb.body.level},
              {"school", hb.body.school.empty() ? json(nullptr) : json(hb.body.school)},
              {"rule", hb.body.rule.kind},
              {"created_at", hb.body.createdAt},
              {"labor_co_chair", personJson(hb.laborCoChair)},
              {"management_co_chair", personJson(hb.managementCoChair)},
              {"charter", hb.charter ? charterJson(*hb.charter) : json(nullptr)},
              {"charter_review_due", hb.charterReviewDue}};
    bodies.push_back(std::move(b));
  }
  json decisions = json::array();
  for (const auto& d : h.decisions)
    decisions.push_back({{"id", d.id},
                         {"body_id", d.bodyId},
                         {"title", d.title},
                         {"text", d.text},
                         {"articles", d.articles},
                         {"metrics", d.metrics},
                         {"adopted_at", d.closedAt.value_or(d.createdAt)},
                         {"effective_at", orNull(d.effectiveAt)},
                         {"review_at", orNull(d.reviewAt)}});
  json timeline = json::array();
  for (const auto& m : h.timeline)
    timeline.push_back({{"type", m.type},
                        {"at", m.at},
                        {"body_id", m.bodyId ? json(m.bodyId) : json(nullptr)},
                        {"body_name", m.bodyName},
                        {"subject_id", m.subjectId},
                        {"title", m.title},
                        {"number", m.number ? json(m.number) : json(nullptr)},
                        {"side", m.side.empty() ? json(nullptr) : json(m.side)}});
  json outcomes = json::array();
  for (const auto& o : h.outcomes) {
    json points = json::array();
    for (const auto& p : o.points)
      points.push_back({{"year", p.year}, {"district", orNull(p.district)}, {"state", orNull(p.state)}});
    outcomes.push_back({{"metric",
                         {{"id", o.metric.id},
                          {"key", o.metric.key},
                          {"name_en", o.metric.nameEn},
                          {"name_es", o.metric.nameEs},
                          {"unit", o.metric.unit},
                          {"higher_is_better", o.metric.higherIsBetter}}},
                        {"points", std::move(points)}});
  }
  json commitments = json::array();
  for (const auto& a : h.commitments)
    commitments.push_back({{"id", a.id},
                           {"title", a.title},
                           {"owner_id", a.ownerId},
                           {"owner_name", a.ownerName},
                           {"due_date", a.dueDate},
                           {"status", a.status},
                           {"body_id", orNull(a.bodyId)}});
  return {{"district", districtJson(h.district)},
          {"generated_on", h.generatedOn},
          {"bodies", std::move(bodies)},
          {"decisions", std::move(decisions)},
          {"timeline", std::move(timeline)},
          {"outcomes", std::move(outcomes)},
          {"commitments", std::move(commitments)}};
}

Result<Response> getHandbook(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto handbook, domain::getHandbook(s.store, *req.caller, district, nowSeconds()));
  return jsonResponse(200, handbookJson(handbook));
}

Result<Response> markHandbookRead(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto at, domain::markHandbookRead(s.store, *req.caller, district, nowSeconds()));
  return jsonResponse(200, {{"read_at", at}});
}

json preferencesJson(const Services& s, const std::map<std::string, std::string>& delivery) {
  json kinds = json::object();
  for (const auto& [kind, how] : delivery) kinds[kind] = how != domain::kDeliveryOff;
  return {{"email_enabled", !s.config.smtpUrl.empty()},
          {"digest_hour", s.config.digestHour},
          {"kinds", std::move(kinds)},
          {"delivery", delivery}};
}

Result<Response> getPreferences(Services s, Request& req) {
  ACCORD_TRY(auto kinds, domain::getNotificationPreferences(s.store, *req.caller));
  return jsonResponse(200, preferencesJson(s, kinds));
}

Result<Response> setPreferences(Services s, Request& req) {
  ACCORD_TRY(json body, parseObject(req));
  auto kinds = body.find("kinds");
  auto delivery = body.find("delivery");
  if (delivery == body.end() && (kinds == body.end() || !kinds->is_object()))
    return invalid("kinds", "must be an object of kind: true or false");
  domain::NotificationPreferenceChange change;
  if (kinds != body.end()) {
    if (!kinds->is_object()) return invalid("kinds", "must be an object of kind: true or false");
    for (const auto& [kind, value] : kinds->items()) {
      if (!value.is_boolean()) return invalid(kind, "must be true or false");
      change.kinds[kind] = value.get<bool>();
    }
  }
  if (delivery != body.end()) {
    if (!delivery->is_object())
      return invalid("delivery", "must be an object of kind: digest, immediately or off");
    for (const auto& [kind, value] : delivery->items()) {
      if (!value.is_string()) return invalid("delivery." + kind, "must be digest, immediately or off");
      change.delivery[kind] = value.get<std::string>();
    }
  }
  ACCORD_TRY(auto saved, domain::setNotificationPreferences(s.store, *req.caller, change));
  return jsonResponse(200, preferencesJson(s, saved));
}

}  // namespace

void addHandbookRoutes(Router& router, Services s) {
  router.add("GET", "/api/v1/districts/{district}/handbook", Access::kSession,
             [s](Request& r) { return revalidated(getHandbook(s, r)); });
  router.add("POST", "/api/v1/districts/{district}/handbook/read", Access::kSession,
             [s](Request& r) { return markHandbookRead(s, r); });
  router.add("GET", "/api/v1/me/notifications", Access::kSession, [s](Request& r) { return getPreferences(s, r); });
  router.add("PATCH", "/api/v1/me/notifications", Access::kSession, [s](Request& r) { return setPreferences(s, r); });
}

}  // namespace accord::http
