#include <charconv>

#include "domain/selfcheck/use_cases.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

json criterionJson(const domain::MaturityCriterion* c) {
  return {{"code", c->code}, {"level", c->level}, {"text_en", c->textEn}, {"text_es", c->textEs}};
}

json levelJson(const domain::MaturityLevel& l) {
  return {{"level", l.level}, {"code", l.code}, {"name_en", l.nameEn}, {"name_es", l.nameEs}};
}

json maturityJson(const domain::Maturity& m) {
  json out = levelJson(domain::maturityLevel(m.level));
  json met = json::array();
  for (const auto* c : m.met) met.push_back(criterionJson(c));
  out["met"] = std::move(met);
  if (m.nextLevel) {
    json next = levelJson(domain::maturityLevel(*m.nextLevel));
    json missing = json::array();
    for (const auto* c : m.missing) missing.push_back(criterionJson(c));
    next["missing"] = std::move(missing);
    out["next"] = std::move(next);
  } else {
    out["next"] = nullptr;
  }
  return out;
}

json countsJson(const domain::SelfCheck& check) {
  auto counts = domain::ratingCounts(domain::ratingsByStructure(check));
  json out = json::object();
  for (auto r : domain::allRatings()) out[std::string(domain::ratingCode(r))] = counts[static_cast<int>(r)];
  return out;
}

// The fields a year's entry in the history shares with the full self-check.
json summaryJson(const domain::SelfCheckView& v) {
  const auto& c = v.check;
  return {{"id", c.id ? json(c.id) : json(nullptr)},
          {"body_id", c.bodyId},
          {"year", c.year},
          {"started", c.id != 0},
          {"updated_at", c.id ? json(c.updatedAt) : json(nullptr)},
          {"rated", c.ratings.size()},
          {"counts", countsJson(c)},
          {"maturity", maturityJson(v.maturity)}};
}

json selfCheckJson(const domain::SelfCheckView& v) {
  json out = summaryJson(v);
  json structures = json::array();
  for (const auto& s : domain::selfCheckStructures()) {
    json item = {{"code", s.code}, {"name_en", s.nameEn}, {"name_es", s.nameEs}};
    if (const auto* r = v.check.ratingOf(s.code)) {
      item["rating"] = std::string(domain::ratingCode(r->rating));
      item["note"] = r->note;
      item["changed_by"] = r->changedBy;
      item["changed_by_name"] = r->changedByName;
      item["changed_at"] = r->changedAt;
    } else {
      item["rating"] = nullptr;
      item["note"] = "";
      item["changed_by"] = nullptr;
      item["changed_by_name"] = nullptr;
      item["changed_at"] = nullptr;
    }
    structures.push_back(std::move(item));
  }
  out["structures"] = std::move(structures);
  return out;
}

Result<long long> pathYear(const Request& req) {
  auto it = req.params.find("year");
  long long year = 0;
  if (it != req.params.end()) {
    const std::string& text = it->second;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (ec == std::errc() && end == text.data() + text.size()) return year;
  }
  return invalid("year", "must be a year such as 2025");
}

// {"ratings": {"<structure>": {"rating": "...", "note": "..."}}}: the shapes are checked here, the
// values by the use case; both name the structure in the field.
Result<std::vector<domain::RatingInput>> ratingInputs(const json& body) {
  auto it = body.find("ratings");
  if (it == body.end() || it->is_null()) return invalid("ratings", "is required");
  if (!it->is_object()) return invalid("ratings", "must be an object keyed by structure");
  std::vector<domain::RatingInput> inputs;
  for (const auto& [structure, value] : it->items()) {
    const std::string field = "ratings." + structure;
    if (!value.is_object()) return invalid(field, "must be an object with a rating and an optional note");
    domain::RatingInput in;
    in.structure = structure;
    if (auto r = value.find("rating"); r != value.end() && !r->is_null()) {
      if (!r->is_string()) return invalid(field + ".rating", "must be a string");
      in.rating = r->get<std::string>();
    }
    if (auto n = value.find("note"); n != value.end()) {
      if (n->is_null()) in.note = std::string();
      else if (n->is_string()) in.note = n->get<std::string>();
      else return invalid(field + ".note", "must be a string");
    }
    for (const auto& [key, unused] : value.items())
      if (key != "rating" && key != "note") return invalid(field + "." + key, "is not a field of a rating");
    inputs.push_back(std::move(in));
  }
  return inputs;
}

Result<Response> listSelfChecks(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long body, pathId(req, "body", "body"));
  ACCORD_TRY(auto views, domain::listSelfChecks(s.store, *req.caller, district, body));
  json items = json::array();
  for (const auto& v : views) items.push_back(summaryJson(v));
  json levels = json::array();
  for (const auto& l : domain::maturityLevels()) levels.push_back(levelJson(l));
  return jsonResponse(200, {{"items", std::move(items)}, {"levels", std::move(levels)}});
}

Result<Response> getSelfCheck(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long body, pathId(req, "body", "body"));
  ACCORD_TRY(long long year, pathYear(req));
  ACCORD_TRY(auto view, domain::getSelfCheck(s.store, *req.caller, district, body, year, nowSeconds()));
  return jsonResponse(200, selfCheckJson(view));
}

Result<Response> rateSelfCheck(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long body, pathId(req, "body", "body"));
  ACCORD_TRY(long long year, pathYear(req));
  ACCORD_TRY(json input, parseObject(req));
  ACCORD_TRY(auto ratings, ratingInputs(input));
  ACCORD_TRY(auto view, domain::rateSelfCheck(s.store, *req.caller, district, body, year, ratings, nowSeconds()));
  return jsonResponse(200, selfCheckJson(view));
}

}  // namespace

void addSelfCheckRoutes(Router& router, Services s) {
  const std::string checks = "/api/v1/districts/{district}/bodies/{body}/self-checks";
  router.add("GET", checks, Access::kSession, [s](Request& r) { return listSelfChecks(s, r); });
  router.add("GET", checks + "/{year}", Access::kSession, [s](Request& r) { return getSelfCheck(s, r); });
  router.add("PATCH", checks + "/{year}", Access::kSession, [s](Request& r) { return rateSelfCheck(s, r); });
}

}  // namespace accord::http
