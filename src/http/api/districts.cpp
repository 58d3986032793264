#include "domain/district/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

Result<Response> createDistrict(Services s, Request& req) {
  ACCORD_TRY(json body, parseObject(req));
  domain::NewDistrict input;
  ACCORD_TRY(input.name, requiredString(body, "name"));
  ACCORD_TRY(input.state, requiredString(body, "state"));
  ACCORD_TRY(auto nces, optionalString(body, "nces_id"));
  input.ncesId = nces.value_or("");
  ACCORD_TRY(auto stateCode, optionalString(body, "state_code"));
  input.stateCode = stateCode.value_or("");
  ACCORD_TRY(input.enrollment, optionalInteger(body, "enrollment"));
  ACCORD_TRY(input.lowIncomePct, optionalNumber(body, "low_income_pct"));
  ACCORD_TRY(input.englishLearnersPct, optionalNumber(body, "english_learners_pct"));
  ACCORD_TRY(input.minorityPct, optionalNumber(body, "minority_pct"));
  ACCORD_TRY(auto side, optionalString(body, "my_side"));
  ACCORD_TRY(auto role, optionalString(body, "my_role"));
  input.creatorSide = side.value_or(input.creatorSide);
  input.creatorRole = role.value_or(input.creatorRole);
  ACCORD_TRY(auto district, domain::createDistrict(s.store, *req.caller, input, nowSeconds()));
  return jsonResponse(201, districtJson(district)).with("Location", "/api/v1/districts/" + std::to_string(district.id));
}

Result<Response> listDistricts(Services s, Request& req) {
  ACCORD_TRY(auto page, pageQuery(req));
  ACCORD_TRY(auto districts, domain::listDistricts(s.store, *req.caller, page.cursor, page.limit));
  return jsonResponse(200, pageJson(districts, districtJson));
}

Result<Response> getDistrict(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "district", "district"));
  ACCORD_TRY(auto view, domain::getDistrict(s.store, *req.caller, id));
  json body = districtJson(view.district);
  body["my_membership"] = membershipJson(view.mine);
  body["may_invite_to"] = view.mayInviteTo;
  return jsonResponse(200, body);
}

Result<Response> updateDistrict(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "district", "district"));
  ACCORD_TRY(json body, parseObject(req));
  domain::DistrictChanges changes;
  ACCORD_TRY(changes.name, optionalString(body, "name"));
  ACCORD_TRY(changes.ncesId, optionalString(body, "nces_id"));
  ACCORD_TRY(changes.stateCode, optionalString(body, "state_code"));
  ACCORD_TRY(auto district, domain::updateDistrict(s.store, *req.caller, id, changes, nowSeconds()));
  return jsonResponse(200, districtJson(district));
}

Result<Response> listMemberships(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  ACCORD_TRY(auto members, domain::listMemberships(s.store, *req.caller, id, page.cursor, page.limit));
  return jsonResponse(200, pageJson(members, membershipJson));
}

}  // namespace

void addDistrictRoutes(Router& router, Services s) {
  router.add("GET", "/api/v1/districts", Access::kSession, [s](Request& r) { return listDistricts(s, r); });
  router.add("POST", "/api/v1/districts", Access::kSession, [s](Request& r) { return createDistrict(s, r); });
  router.add("GET", "/api/v1/districts/{district}", Access::kSession, [s](Request& r) { return getDistrict(s, r); });
  router.add("PATCH", "/api/v1/districts/{district}", Access::kSession,
             [s](Request& r) { return updateDistrict(s, r); });
  router.add("GET", "/api/v1/districts/{district}/memberships", Access::kSession,
             [s](Request& r) { return listMemberships(s, r); });
}

}  // namespace accord::http
