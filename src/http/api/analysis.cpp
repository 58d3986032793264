#include "domain/analysis/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

Result<std::optional<long long>> queryNumber(const Request& req, const char* name) {
  auto it = req.query.find(name);
  if (it == req.query.end() || it->second.empty()) return std::optional<long long>();
  ACCORD_TRY(long long value, queryId(req, name));
  return std::optional<long long>(value);
}

json analysisJson(const domain::PartnershipAnalysis& a) {
  json schools = json::array();
  for (const auto& s : a.schools)
    schools.push_back({{"school_id", s.schoolId},
                       {"name", s.name},
                       {"from", orNull(s.from)},
                       {"to", orNull(s.to)},
                       {"growth", orNull(s.growth)},
                       {"partnership_score", orNull(s.partnershipScore)},
                       {"network_density", orNull(s.networkDensity)},
                       {"low_income_pct", orNull(s.lowIncomePct)},
                       {"excluded", s.excluded.empty() ? json(nullptr) : json(s.excluded)}});
  json model = nullptr;
  if (a.result) {
    const auto& r = *a.result;
    json terms = json::array();
    for (const auto& t : r.terms)
      terms.push_back({{"name", t.name},
                       {"coefficient", t.coefficient},
                       {"standard_error", t.standardError},
                       {"t", orNull(t.t)}});
    model = {{"n", r.fit.n},
             {"r_squared", r.fit.rSquared},
             {"adjusted_r_squared", r.fit.adjustedRSquared},
             {"terms", std::move(terms)},
             {"omitted", r.omitted},
             {"caveat", {{"codes", r.caveat.codes}, {"en", r.caveat.en}, {"es", r.caveat.es}}}};
  }
  return {{"metric", a.metric},
          {"from", a.fromYear},
          {"to", a.toYear},
          {"window_id", orNull(a.windowId)},
          {"survey_year", orNull(a.surveyYear)},
          {"schools", std::move(schools)},
          {"model", std::move(model)},
          {"not_fitted", a.notFitted.empty() ? json(nullptr) : json(a.notFitted)}};
}

Result<Response> analyze(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  domain::AnalysisRequest request;
  if (auto it = req.query.find("metric"); it != req.query.end() && !it->second.empty()) request.metric = it->second;
  ACCORD_TRY(request.fromYear, queryNumber(req, "from"));
  ACCORD_TRY(request.toYear, queryNumber(req, "to"));
  ACCORD_TRY(request.windowId, queryNumber(req, "window"));
  ACCORD_TRY(auto analysis, domain::analyzePartnership(s.store, *req.caller, district, request, nowSeconds()));
  return jsonResponse(200, analysisJson(analysis));
}

}  // namespace

void addAnalysisRoutes(Router& router, Services s) {
  router.add("GET", "/api/v1/districts/{district}/analysis", Access::kSession, [s](Request& r) { return analyze(s, r); });
}

}  // namespace accord::http
