#include <fmt/format.h>

#include "domain/network_survey/use_cases.hpp"
#include "domain/survey/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

json bilingualJson(const domain::Bilingual& b) { return {{"en", b.en}, {"es", b.es}}; }

json windowJson(const domain::SurveyWindowView& v) {
  const auto& w = v.window;
  json surveys = json::array();
  if (w.climate) surveys.push_back(domain::kClimateSurvey);
  if (w.network) surveys.push_back(domain::kNetworkSurvey);
  return {{"id", w.id},
          {"year", w.year},
          {"surveys", std::move(surveys)},
          {"opens_on", w.opensOn},
          {"closes_on", w.closesOn},
          {"status", v.status},
          {"min_group_size", w.minGroupSize},
          {"schools", w.schools},
          {"instrument", w.instrument ? domain::instrumentJson(*w.instrument) : json(nullptr)},
          {"answered", {{"climate", orNull(v.answeredClimate)}, {"network", orNull(v.answeredNetwork)}}},
          {"responses", {{"climate", orNull(v.climateResponses)}, {"network", orNull(v.networkResponses)}}},
          {"results_available", v.resultsAvailable},
          {"may_manage", v.mayManage},
          {"created_at", w.createdAt}};
}

json instrumentViewJson(const domain::InstrumentView& v) {
  json out = domain::instrumentJson(v.instrument);
  out["customized"] = v.customized;
  return out;
}

// A hidden result keeps its place and says so, with no number at all.
json statsJson(json out, const domain::LikertStats& s) {
  out["suppressed"] = !s.shown;
  out["n"] = s.shown ? json(s.n) : json(nullptr);
  out["mean"] = s.shown ? orNull(s.mean) : json(nullptr);
  out["distribution"] = s.shown ? json(s.distribution) : json(nullptr);
  return out;
}

json groupJson(const char* label, const std::string& name, const domain::GroupResult& g,
               const domain::ClimateInstrument& instrument, bool withItems) {
  json areas = json::array();
  if (g.shown) {
    for (std::size_t a = 0; a < g.areas.size(); ++a) {
      const auto& spec = instrument.areas[a];
      const auto& area = g.areas[a];
      json out = statsJson({{"key", area.key}, {"name", bilingualJson(spec.name)}}, area.stats);
      if (withItems) {
        json items = json::array();
        for (std::size_t i = 0; i < area.items.size(); ++i)
          items.push_back(statsJson({{"key", area.items[i].key}, {"text", bilingualJson(spec.items[i].text)}},
                                    area.items[i].stats));
        out["items_suppressed"] = area.stats.shown && !area.itemsShown;
        out["items"] = std::move(items);
      }
      areas.push_back(std::move(out));
    }
  }
  json out = {{"suppressed", !g.shown}, {"n", g.shown ? json(g.n) : json(nullptr)}, {"areas", std::move(areas)}};
  if (label) out[label] = name;
  return out;
}

json climateResultsJson(const domain::ClimateResultsView& v) {
  const auto& r = v.results;
  json schools = json::array();
  for (const auto& g : r.schools) schools.push_back(groupJson("school", g.name, g, v.instrument, false));
  json sides = json::array();
  for (const auto& g : r.sides) sides.push_back(groupJson("side", g.name, g, v.instrument, false));
  json gaps = json::array();
  for (std::size_t a = 0; a < r.gaps.size(); ++a) {
    const auto& gap = r.gaps[a];
    gaps.push_back({{"area", gap.area},
                    {"name", bilingualJson(v.instrument.areas[a].name)},
                    {"suppressed", !gap.gap.has_value()},
                    {"labor_mean", orNull(gap.laborMean)},
                    {"management_mean", orNull(gap.managementMean)},
                    {"gap", orNull(gap.gap)}});
  }
  json scale = json::array();
  for (int value = 1; value <= domain::kLikertPoints; ++value)
    scale.push_back({{"value", value}, {"label", bilingualJson(v.instrument.scale[value - 1])}});
  return {{"window", windowJson(v.window)}, {"min_group_size", v.window.window.minGroupSize},
          {"scale", std::move(scale)},      {"overall", groupJson(nullptr, "", r.overall, v.instrument, true)},
          {"schools", std::move(schools)},  {"sides", std::move(sides)},
          {"gap", std::move(gaps)}};
}

json trendJson(const domain::ClimateTrend& t) {
  json years = json::array();
  for (const auto& y : t.years)
    years.push_back({{"year", y.year},
                     {"window_id", y.windowId},
                     {"status", y.status},
                     {"suppressed", !y.shown},
                     {"respondents", y.shown ? json(y.respondents) : json(nullptr)}});
  json areas = json::array();
  for (const auto& area : t.areas) {
    json points = json::array();
    for (const auto& p : area.points)
      points.push_back({{"year", p.year},
                        {"window_id", p.windowId},
                        {"suppressed", !p.shown},
                        {"n", p.shown ? json(p.n) : json(nullptr)},
                        {"mean", p.shown ? orNull(p.mean) : json(nullptr)},
                        {"gap", orNull(p.gap)}});
    areas.push_back({{"key", area.key}, {"name", bilingualJson(area.name)}, {"points", std::move(points)}});
  }
  return {{"years", std::move(years)}, {"areas", std::move(areas)}};
}

constexpr const char* kDensityDefinition =
    "Among the school's respondents, two people are tied on a topic when at least one named the other for it. "
    "density = ties / possible ties, where possible ties = n(n-1)/2 for n respondents. weekly_density counts only "
    "ties reported daily or weekly.";
constexpr const char* kLeaderTieDefinition =
    "The school's principals and site representatives are the members with those roles who answered for the "
    "school or sit on its site team. The tie exists when one of them named the other for the topic; its "
    "frequency is the most frequent report.";

json networkResultsJson(const domain::NetworkResultsView& v) {
  const auto& frequencies = domain::contactFrequencies();
  json schools = json::array();
  for (const auto& s : v.schools) {
    json topics = json::array();
    for (const auto& t : s.topics) {
      json byFrequency = json::object();
      for (std::size_t f = 0; f < frequencies.size(); ++f) byFrequency[frequencies[f]] = t.tiesByFrequency[f];
      const auto& leaders = t.principalSiteRep;
      topics.push_back({{"topic", t.topic},
                        {"ties", t.ties},
                        {"possible_ties", t.possibleTies},
                        {"density", orNull(t.density)},
                        {"weekly_density", orNull(t.weeklyDensity)},
                        {"ties_by_frequency", std::move(byFrequency)},
                        {"principal_site_rep",
                         {{"principal_identified", leaders.principalKnown},
                          {"site_rep_identified", leaders.siteRepKnown},
                          {"tie", leaders.tie},
                          {"frequency", orNull(leaders.frequency)}}}});
    }
    schools.push_back({{"school", s.school},
                       {"suppressed", !s.shown},
                       {"respondents", s.shown ? json(s.respondents) : json(nullptr)},
                       {"topics", std::move(topics)}});
  }
  return {{"window", windowJson(v.window)},
          {"min_group_size", v.window.window.minGroupSize},
          {"topics", domain::networkTopics()},
          {"frequencies", frequencies},
          {"definitions", {{"density", kDensityDefinition}, {"principal_site_rep", kLeaderTieDefinition}}},
          {"schools", std::move(schools)}};
}

struct WindowPath {
  long long district = 0;
  long long window = 0;
};

Result<WindowPath> windowPath(const Request& req) {
  WindowPath p;
  ACCORD_TRY(p.district, pathId(req, "district", "district"));
  ACCORD_TRY(p.window, pathId(req, "window", "survey window"));
  return p;
}

Result<Response> getInstrument(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto view, domain::getClimateInstrument(s.store, *req.caller, district));
  return jsonResponse(200, instrumentViewJson(view));
}

Result<Response> putInstrument(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto view, domain::updateClimateInstrument(s.store, *req.caller, district, body, nowSeconds()));
  return jsonResponse(200, instrumentViewJson(view));
}

Result<Response> openWindow(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(json body, parseObject(req));
  domain::WindowInput input;
  ACCORD_TRY(input.year, optionalInteger(body, "year"));
  ACCORD_TRY(input.opensOn, optionalString(body, "opens_on"));
  ACCORD_TRY(input.closesOn, optionalString(body, "closes_on"));
  ACCORD_TRY(input.minGroupSize, optionalInteger(body, "min_group_size"));
  ACCORD_TRY(input.schools, optionalStringList(body, "schools"));
  ACCORD_TRY(input.surveys, optionalStringList(body, "surveys"));
  ACCORD_TRY(auto view, domain::openSurveyWindow(s.store, *req.caller, district, input, nowSeconds()));
  return jsonResponse(201, windowJson(view));
}

Result<Response> listWindows(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto views, domain::listSurveyWindows(s.store, *req.caller, district, nowSeconds()));
  json items = json::array();
  for (const auto& v : views) items.push_back(windowJson(v));
  return jsonResponse(200, {{"items", std::move(items)}});
}

Result<Response> getWindow(Services s, Request& req) {
  ACCORD_TRY(auto p, windowPath(req));
  ACCORD_TRY(auto view, domain::getSurveyWindow(s.store, *req.caller, p.district, p.window, nowSeconds()));
  return jsonResponse(200, windowJson(view));
}

Result<Response> updateWindow(Services s, Request& req) {
  ACCORD_TRY(auto p, windowPath(req));
  ACCORD_TRY(json body, parseObject(req));
  domain::WindowChanges changes;
  ACCORD_TRY(changes.opensOn, optionalString(body, "opens_on"));
  ACCORD_TRY(changes.closesOn, optionalString(body, "closes_on"));
  ACCORD_TRY(changes.minGroupSize, optionalInteger(body, "min_group_size"));
  ACCORD_TRY(auto view, domain::updateSurveyWindow(s.store, *req.caller, p.district, p.window, changes, nowSeconds()));
  return jsonResponse(200, windowJson(view));
}

Result<Response> closeWindow(Services s, Request& req) {
  ACCORD_TRY(auto p, windowPath(req));
  ACCORD_TRY(auto view, domain::closeSurveyWindow(s.store, *req.caller, p.district, p.window, nowSeconds()));
  return jsonResponse(200, windowJson(view));
}

// The answer is acknowledged without anything that could identify it later.
Response recorded() { return jsonResponse(201, {{"recorded", true}}); }

Result<Response> answerClimate(Services s, Request& req) {
  ACCORD_TRY(auto p, windowPath(req));
  ACCORD_TRY(json body, parseObject(req));
  domain::ClimateAnswerInput input;
  ACCORD_TRY(input.school, optionalString(body, "school"));
  auto answers = body.find("answers");
  if (answers == body.end() || !answers->is_object())
    return invalid("answers", "must be an object of item keys, each with a value from 1 to 5 or null");
  for (const auto& [key, value] : answers->items()) {
    if (value.is_null()) {
      input.answers.emplace_back(key, std::nullopt);
    } else if (value.is_number_integer()) {
      input.answers.emplace_back(key, value.get<long long>());
    } else {
      return invalid("answers." + key, "must be a whole number from 1 to 5, or null to skip the item");
    }
  }
  ACCORD_CHECK(domain::answerClimateSurvey(s.store, *req.caller, p.district, p.window, input, nowSeconds()));
  return recorded();
}

Result<Response> climateResults(Services s, Request& req) {
  ACCORD_TRY(auto p, windowPath(req));
  ACCORD_TRY(auto view, domain::getClimateResults(s.store, *req.caller, p.district, p.window, nowSeconds()));
  return jsonResponse(200, climateResultsJson(view));
}

Result<Response> climateTrend(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto trend, domain::getClimateTrend(s.store, *req.caller, district, nowSeconds()));
  return jsonResponse(200, trendJson(trend));
}

Result<Response> answerNetwork(Services s, Request& req) {
  ACCORD_TRY(auto p, windowPath(req));
  ACCORD_TRY(json body, parseObject(req));
  domain::NetworkAnswerInput input;
  ACCORD_TRY(input.school, optionalString(body, "school"));
  auto contacts = body.find("contacts");
  if (contacts != body.end() && !contacts->is_null()) {
    if (!contacts->is_array()) return invalid("contacts", "must be a list of contacts");
    if (contacts->size() > domain::kMaxNetworkContacts)
      return invalid("contacts", fmt::format("may name at most {} contacts", domain::kMaxNetworkContacts));
    for (std::size_t i = 0; i < contacts->size(); ++i) {
      const json& in = (*contacts)[i];
      std::string path = fmt::format("contacts[{}]", i);
      if (!in.is_object()) return invalid(path, "must be an object with colleague_id, topic and frequency");
      domain::NetworkContact contact;
      auto colleague = in.find("colleague_id");
      if (colleague == in.end() || !colleague->is_number_integer())
        return invalid(path + ".colleague_id", "must be the user id of a member of the district");
      contact.colleagueId = colleague->get<long long>();
      auto topic = in.find("topic");
      if (topic == in.end() || !topic->is_string()) return invalid(path + ".topic", "is required");
      contact.topic = topic->get<std::string>();
      auto frequency = in.find("frequency");
      if (frequency == in.end() || !frequency->is_string()) return invalid(path + ".frequency", "is required");
      contact.frequency = frequency->get<std::string>();
      input.contacts.push_back(std::move(contact));
    }
  }
  ACCORD_CHECK(domain::answerNetworkSurvey(s.store, *req.caller, p.district, p.window, input, nowSeconds()));
  return recorded();
}

Result<Response> networkResults(Services s, Request& req) {
  ACCORD_TRY(auto p, windowPath(req));
  ACCORD_TRY(auto view, domain::getNetworkResults(s.store, *req.caller, p.district, p.window, nowSeconds()));
  return jsonResponse(200, networkResultsJson(view));
}

}  // namespace

void addSurveyRoutes(Router& router, Services s) {
  const std::string district = "/api/v1/districts/{district}";
  const std::string windows = district + "/survey-windows";
  const std::string window = windows + "/{window}";
  router.add("GET", district + "/survey-instrument", Access::kSession, [s](Request& r) { return getInstrument(s, r); });
  router.add("PUT", district + "/survey-instrument", Access::kSession, [s](Request& r) { return putInstrument(s, r); });
  router.add("GET", district + "/climate-trend", Access::kSession, [s](Request& r) { return climateTrend(s, r); });
  router.add("GET", windows, Access::kSession, [s](Request& r) { return listWindows(s, r); });
  router.add("POST", windows, Access::kSession, [s](Request& r) { return openWindow(s, r); });
  router.add("GET", window, Access::kSession, [s](Request& r) { return getWindow(s, r); });
  router.add("PATCH", window, Access::kSession, [s](Request& r) { return updateWindow(s, r); });
  router.add("POST", window + "/close", Access::kSession, [s](Request& r) { return closeWindow(s, r); });
  router.addAnonymous("POST", window + "/climate-responses", [s](Request& r) { return answerClimate(s, r); });
  router.add("GET", window + "/climate-results", Access::kSession, [s](Request& r) { return climateResults(s, r); });
  router.addAnonymous("POST", window + "/network-responses", [s](Request& r) { return answerNetwork(s, r); });
  router.add("GET", window + "/network-results", Access::kSession, [s](Request& r) { return networkResults(s, r); });
}

}  // namespace accord::http
