#include "domain/audit/use_cases.hpp"
#include "domain/body/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

Result<domain::BodyInput> bodyInput(const json& body) {
  domain::BodyInput in;
  ACCORD_TRY(in.name, optionalString(body, "name"));
  ACCORD_TRY(in.level, optionalString(body, "level"));
  ACCORD_TRY(in.school, optionalString(body, "school"));
  ACCORD_TRY(in.laborSeats, optionalInteger(body, "labor_seats"));
  ACCORD_TRY(in.managementSeats, optionalInteger(body, "management_seats"));
  ACCORD_TRY(in.ruleKind, optionalString(body, "rule"));
  ACCORD_TRY(in.quorumPerSide, optionalInteger(body, "quorum_per_side"));
  ACCORD_TRY(in.supermajorityK, optionalInteger(body, "supermajority_k"));
  ACCORD_TRY(in.supermajorityN, optionalInteger(body, "supermajority_n"));
  ACCORD_TRY(in.fallback, optionalString(body, "fallback"));
  ACCORD_TRY(in.advanceRule, optionalString(body, "advance_rule"));
  return in;
}

Result<Response> createBody(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, bodyInput(body));
  ACCORD_TRY(auto created, domain::createBody(s.store, *req.caller, district, input, nowSeconds()));
  return jsonResponse(201, bodyJson(created));
}

Result<Response> listBodies(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  ACCORD_TRY(auto bodies, domain::listBodies(s.store, *req.caller, district, page.cursor, page.limit));
  return jsonResponse(200, pageJson(bodies, bodyJson));
}

Result<Response> getBody(Services s, Request& req) {
  ACCORD_TRY(auto p, bodyPath(req));
  ACCORD_TRY(auto view, domain::getBody(s.store, *req.caller, p.district, p.body));
  json out = bodyJson(view.body);
  json members = json::array();
  for (const auto& m : view.members) members.push_back(bodyMemberJson(m));
  out["members"] = members;
  out["my_seat"] = view.mySeat ? bodyMemberJson(*view.mySeat) : json(nullptr);
  out["may_act_for"] = view.mayActFor;
  return jsonResponse(200, out);
}

Result<Response> updateBody(Services s, Request& req) {
  ACCORD_TRY(auto p, bodyPath(req));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, bodyInput(body));
  ACCORD_TRY(auto updated, domain::updateBody(s.store, *req.caller, p.district, p.body, input, nowSeconds()));
  return jsonResponse(200, bodyJson(updated));
}

Result<Response> addMember(Services s, Request& req) {
  ACCORD_TRY(auto p, bodyPath(req));
  ACCORD_TRY(json body, parseObject(req));
  domain::NewBodyMember input;
  ACCORD_TRY(auto user, optionalInteger(body, "user_id"));
  if (!user) return invalid("user_id", "is required");
  input.userId = *user;
  ACCORD_TRY(auto seat, optionalString(body, "seat"));
  input.seat = seat.value_or("member");
  ACCORD_TRY(auto member, domain::addBodyMember(s.store, *req.caller, p.district, p.body, input, nowSeconds()));
  return jsonResponse(201, bodyMemberJson(member));
}

Result<Response> removeMember(Services s, Request& req) {
  ACCORD_TRY(auto p, bodyPath(req));
  ACCORD_TRY(long long user, pathId(req, "user", "member"));
  ACCORD_CHECK(domain::removeBodyMember(s.store, *req.caller, p.district, p.body, user, nowSeconds()));
  return noContent();
}

Result<Response> setCoChair(Services s, Request& req) {
  ACCORD_TRY(auto p, bodyPath(req));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto user, optionalInteger(body, "user_id"));
  if (!user) return invalid("user_id", "is required");
  ACCORD_TRY(auto updated, domain::setCoChair(s.store, *req.caller, p.district, p.body, *user, nowSeconds()));
  return jsonResponse(200, bodyJson(updated));
}

Result<Response> listAudit(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  ACCORD_TRY(auto entries, domain::listAudit(s.store, *req.caller, district, page.cursor, page.limit));
  return jsonResponse(200, pageWriter(entries, writeAudit));
}

Result<Response> listNetworkAudit(Services s, Request& req) {
  ACCORD_TRY(auto page, pageQuery(req));
  ACCORD_TRY(auto entries, domain::listNetworkAudit(s.store, *req.caller, page.cursor, page.limit));
  return jsonResponse(200, pageWriter(entries, writeAudit));
}

}  // namespace

void addBodyRoutes(Router& router, Services s) {
  const std::string bodies = "/api/v1/districts/{district}/bodies";
  router.add("GET", bodies, Access::kSession, [s](Request& r) { return listBodies(s, r); });
  router.add("POST", bodies, Access::kSession, [s](Request& r) { return createBody(s, r); });
  router.add("GET", bodies + "/{body}", Access::kSession, [s](Request& r) { return getBody(s, r); });
  router.add("PATCH", bodies + "/{body}", Access::kSession, [s](Request& r) { return updateBody(s, r); });
  router.add("POST", bodies + "/{body}/members", Access::kSession, [s](Request& r) { return addMember(s, r); });
  router.add("DELETE", bodies + "/{body}/members/{user}", Access::kSession,
             [s](Request& r) { return removeMember(s, r); });
  router.add("POST", bodies + "/{body}/co-chairs", Access::kSession, [s](Request& r) { return setCoChair(s, r); });
  router.add("GET", "/api/v1/districts/{district}/audit", Access::kSession,
             [s](Request& r) { return listAudit(s, r); });
  router.add("GET", "/api/v1/network/audit", Access::kSession, [s](Request& r) { return listNetworkAudit(s, r); });
}

}  // namespace accord::http
