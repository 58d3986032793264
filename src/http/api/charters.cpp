#include "domain/charter/use_cases.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

Result<std::optional<std::vector<long long>>> optionalUserIds(const json& body, const char* field) {
  auto it = body.find(field);
  if (it == body.end() || it->is_null()) return std::optional<std::vector<long long>>();
  if (!it->is_array()) return invalid(field, "must be a list of user ids");
  std::vector<long long> out;
  for (const auto& item : *it) {
    if (!item.is_number_integer()) return invalid(field, "must be a list of user ids");
    out.push_back(item.get<long long>());
  }
  return std::optional<std::vector<long long>>(std::move(out));
}

Result<domain::CharterInput> charterInput(const json& body) {
  domain::CharterInput in;
  ACCORD_TRY(in.mission, optionalString(body, "mission"));
  ACCORD_TRY(in.principles, optionalStringList(body, "principles"));
  ACCORD_TRY(in.norms, optionalStringList(body, "norms"));
  ACCORD_TRY(in.reviewDate, optionalString(body, "review_date"));
  ACCORD_TRY(in.signers, optionalUserIds(body, "signers"));
  return in;
}

json charterVersionJson(const domain::CharterVersion& v) {
  json signers = json::array();
  int signedCount = 0;
  for (const auto& s : v.signers) {
    signers.push_back({{"user_id", s.userId},
                       {"name", s.userName},
                       {"side", s.side},
                       {"signed", s.signedAt.has_value()},
                       {"signed_at", s.signedAt ? json(*s.signedAt) : json(nullptr)}});
    if (s.signedAt) ++signedCount;
  }
  return {{"id", v.id},
          {"body_id", v.bodyId},
          {"number", v.number},
          {"mission", v.mission},
          {"principles", v.principles},
          {"norms", v.norms},
          {"review_date", v.reviewDate},
          {"status", v.status},
          {"signers", signers},
          {"signed_count", signedCount},
          {"created_by", v.createdBy},
          {"created_at", v.createdAt},
          {"updated_at", v.updatedAt},
          {"effective_at", v.effectiveAt ? json(*v.effectiveAt) : json(nullptr)}};
}

struct VersionPath {
  long long district = 0;
  long long body = 0;
  long long version = 0;
};
Result<VersionPath> versionPath(const Request& req, bool withVersion) {
  VersionPath p;
  ACCORD_TRY(p.district, pathId(req, "district", "district"));
  ACCORD_TRY(p.body, pathId(req, "body", "body"));
  if (withVersion) {
    ACCORD_TRY(p.version, pathId(req, "version", "charter version"));
  }
  return p;
}

Result<Response> listVersions(Services s, Request& req) {
  ACCORD_TRY(auto p, versionPath(req, false));
  ACCORD_TRY(auto page, pageQuery(req));
  ACCORD_TRY(auto versions,
             domain::listCharterVersions(s.store, *req.caller, p.district, p.body, page.cursor, page.limit));
  return jsonResponse(200, pageJson(versions, charterVersionJson));
}

Result<Response> draftVersion(Services s, const SubjectChanges& live, Request& req) {
  ACCORD_TRY(auto p, versionPath(req, false));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, charterInput(body));
  std::vector<long long> notified;
  ACCORD_TRY(auto version,
             domain::draftCharter(s.store, *req.caller, p.district, p.body, input, nowSeconds(), &notified));
  live.notified(notified);
  return jsonResponse(201, charterVersionJson(version));
}

Result<Response> getVersion(Services s, Request& req) {
  ACCORD_TRY(auto p, versionPath(req, true));
  ACCORD_TRY(auto version, domain::getCharterVersion(s.store, *req.caller, p.district, p.body, p.version));
  return jsonResponse(200, charterVersionJson(version));
}

Result<Response> updateVersion(Services s, const SubjectChanges& live, Request& req) {
  ACCORD_TRY(auto p, versionPath(req, true));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, charterInput(body));
  std::vector<long long> notified;
  ACCORD_TRY(auto version, domain::updateCharter(s.store, *req.caller, p.district, p.body, p.version, input,
                                                 nowSeconds(), &notified));
  live.notified(notified);
  return jsonResponse(200, charterVersionJson(version));
}

Result<Response> signVersion(Services s, Request& req) {
  ACCORD_TRY(auto p, versionPath(req, true));
  ACCORD_TRY(auto version, domain::signCharter(s.store, *req.caller, p.district, p.body, p.version, nowSeconds()));
  return jsonResponse(200, charterVersionJson(version));
}

Result<Response> getCharter(Services s, Request& req) {
  ACCORD_TRY(auto p, versionPath(req, false));
  ACCORD_TRY(auto view, domain::getCharter(s.store, *req.caller, p.district, p.body, nowSeconds()));
  return jsonResponse(200, {{"body_id", p.body},
                            {"in_force", view.inForce ? charterVersionJson(*view.inForce) : json(nullptr)},
                            {"review_date", view.inForce ? json(view.inForce->reviewDate) : json(nullptr)},
                            {"review_due", view.reviewDue}});
}

}  // namespace

void addCharterRoutes(Router& router, Services s, SubjectChanges live) {
  const std::string charter = "/api/v1/districts/{district}/bodies/{body}/charter";
  const std::string versions = charter + "/versions";
  router.add("GET", charter, Access::kSession, [s](Request& r) { return getCharter(s, r); });
  router.add("GET", versions, Access::kSession, [s](Request& r) { return listVersions(s, r); });
  router.add("POST", versions, Access::kSession, [s, live](Request& r) { return draftVersion(s, live, r); });
  router.add("GET", versions + "/{version}", Access::kSession, [s](Request& r) { return getVersion(s, r); });
  router.add("PATCH", versions + "/{version}", Access::kSession, [s, live](Request& r) { return updateVersion(s, live, r); });
  router.add("POST", versions + "/{version}/signatures", Access::kSession,
             [s](Request& r) { return signVersion(s, r); });
}

}  // namespace accord::http
