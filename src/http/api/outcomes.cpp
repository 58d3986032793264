#include <charconv>
#include <functional>
#include <sstream>

#include "common/calendar_date.hpp"
#include "domain/outcome/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"
#include "http/kept_answers.hpp"

namespace accord::http {

namespace {

// The outcome charts a server keeps between requests, at most.
constexpr std::size_t kKeptChartBytes = 32 << 20;

json schoolJson(const domain::School& s) {
  return {{"id", s.id},
          {"name", s.name},
          {"state_code", orNull(s.stateCode)},
          {"level", s.level},
          {"created_at", s.createdAt},
          {"updated_at", s.updatedAt}};
}

void writeMetric(JsonWriter& w, const domain::Metric& m) {
  w.open()
      .field("id", m.id)
      .field("key", m.key)
      .field("name_en", m.nameEn)
      .field("name_es", m.nameEs)
      .field("unit", m.unit)
      .field("higher_is_better", m.higherIsBetter)
      .field("built_in", m.builtIn())
      .close();
}

json metricJson(const domain::Metric& m) {
  JsonWriter w;
  writeMetric(w, m);
  return json::parse(w.text());
}

json valueJson(const domain::MetricValue& v) {
  return {{"id", v.id},
          {"metric", v.metricKey},
          {"year", v.year},
          {"scope", v.scope},
          {"school_id", v.scope == "school" ? json(v.schoolId) : json(nullptr)},
          {"group", v.group},
          {"value", orNull(v.value)},
          {"n", orNull(v.n)},
          {"source", v.source},
          {"import_id", orNull(v.importId)},
          {"updated_at", v.updatedAt}};
}

json demographicsJson(const domain::Demographics& d) {
  return {{"id", d.id},
          {"year", d.year},
          {"school_id", d.schoolId ? json(d.schoolId) : json(nullptr)},
          {"enrollment", orNull(d.enrollment)},
          {"low_income_pct", orNull(d.lowIncomePct)},
          {"english_learners_pct", orNull(d.englishLearnersPct)},
          {"minority_pct", orNull(d.minorityPct)},
          {"source", d.source},
          {"updated_at", d.updatedAt}};
}

void writeEvent(JsonWriter& w, const domain::TimelineEvent& e) {
  w.open()
      .field("type", e.type)
      .field("id", e.id)
      .field("body_id", e.bodyId)
      .field("body_name", e.bodyName)
      .field("at", e.at)
      .field("date", isoDateOf(e.at))
      .field("school_year", domain::schoolYearOf(e.at))
      .field("closed_at", e.closedAt)
      .field("effective_at", e.effectiveAt);
  if (e.type == "decision")
    w.field("title", e.title);
  else
    w.field("charter_number", e.charterNumber);
  w.close();
}

void writeSeries(JsonWriter& w, const domain::MetricSeries& ms) {
  w.openArray();
  for (const auto& line : ms.lines) {
    w.open().field("scope", line.scope).key("school_id");
    if (line.scope == "school")
      w.value(line.schoolId);
    else
      w.value(nullptr);
    w.field("name", line.name).key("points").openArray();
    for (const auto& p : line.points) w.open().field("year", p.year).field("value", p.value).field("n", p.n).close();
    w.closeArray().close();
  }
  w.closeArray();
}

// Opens the chart's object and writes what every chart answer has; the caller adds its series and closes it.
void writeChartFrame(JsonWriter& w, const domain::OutcomeChart& chart) {
  w.open().field("group", chart.group).key("from");
  if (chart.fromYear)
    w.value(chart.fromYear);
  else
    w.value(nullptr);
  w.key("to");
  if (chart.toYear)
    w.value(chart.toYear);
  else
    w.value(nullptr);
  w.key("years").openArray();
  for (int year : chart.years) w.value(year);
  w.closeArray().key("groups").openArray();
  for (const auto& group : chart.groups) w.value(group);
  w.closeArray().key("events").openArray();
  for (const auto& e : chart.events) writeEvent(w, e);
  w.closeArray().field("earlier_events", chart.earlierEvents);
}

std::vector<std::string> splitList(const std::string& text) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ','))
    if (!item.empty()) out.push_back(item);
  return out;
}

// group, from, to and school (all, or ids separated by commas) of a chart request.
Result<domain::ChartQuery> chartQuery(const Request& req) {
  domain::ChartQuery q;
  if (auto it = req.query.find("group"); it != req.query.end() && !it->second.empty()) q.group = it->second;
  ACCORD_TRY(long long from, queryId(req, "from"));
  ACCORD_TRY(long long to, queryId(req, "to"));
  if (from) q.fromYear = static_cast<int>(std::min(from, 9999LL));
  if (to) q.toYear = static_cast<int>(std::min(to, 9999LL));
  if (auto it = req.query.find("school"); it != req.query.end() && !it->second.empty()) {
    if (it->second == "all") {
      q.allSchools = true;
    } else {
      for (const auto& item : splitList(it->second)) {
        long long id = 0;
        auto [end, ec] = std::from_chars(item.data(), item.data() + item.size(), id);
        if (ec != std::errc() || end != item.data() + item.size() || id <= 0)
          return invalid("school", "must be \"all\" or school ids separated by commas");
        q.schoolIds.push_back(id);
      }
    }
  }
  return q;
}

Result<domain::SchoolInput> schoolInput(const Request& req) {
  ACCORD_TRY(json body, parseObject(req));
  domain::SchoolInput input;
  ACCORD_TRY(input.name, optionalString(body, "name"));
  if (auto it = body.find("state_code"); it != body.end() && it->is_null()) {
    input.stateCode = "";
  } else {
    ACCORD_TRY(input.stateCode, optionalString(body, "state_code"));
  }
  ACCORD_TRY(input.level, optionalString(body, "level"));
  return input;
}

Result<domain::MetricInput> metricInput(const Request& req) {
  ACCORD_TRY(json body, parseObject(req));
  domain::MetricInput input;
  ACCORD_TRY(input.key, optionalString(body, "key"));
  ACCORD_TRY(input.nameEn, optionalString(body, "name_en"));
  ACCORD_TRY(input.nameEs, optionalString(body, "name_es"));
  ACCORD_TRY(input.unit, optionalString(body, "unit"));
  if (body.contains("higher_is_better")) {
    ACCORD_TRY(bool higher, optionalBool(body, "higher_is_better", true));
    input.higherIsBetter = higher;
  }
  return input;
}

Result<Response> listSchools(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  ACCORD_TRY(auto schools, domain::listSchools(s.store, *req.caller, district, page.cursor, page.limit));
  return jsonResponse(200, pageJson(schools, schoolJson));
}

Result<Response> createSchool(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto input, schoolInput(req));
  ACCORD_TRY(auto school, domain::createSchool(s.store, *req.caller, district, input, nowSeconds()));
  return jsonResponse(201, schoolJson(school));
}

Result<Response> getSchool(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long id, pathId(req, "school", "school"));
  ACCORD_TRY(auto school, domain::getSchool(s.store, *req.caller, district, id));
  return jsonResponse(200, schoolJson(school));
}

Result<Response> updateSchool(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long id, pathId(req, "school", "school"));
  ACCORD_TRY(auto input, schoolInput(req));
  ACCORD_TRY(auto school, domain::updateSchool(s.store, *req.caller, district, id, input, nowSeconds()));
  return jsonResponse(200, schoolJson(school));
}

Result<Response> deleteSchool(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long id, pathId(req, "school", "school"));
  ACCORD_CHECK(domain::deleteSchool(s.store, *req.caller, district, id, nowSeconds()));
  return noContent();
}

Result<Response> listMetrics(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto metrics, domain::listMetrics(s.store, *req.caller, district));
  json items = json::array();
  for (const auto& m : metrics) items.push_back(metricJson(m));
  return jsonResponse(200, {{"items", items}});
}

Result<Response> createMetric(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto input, metricInput(req));
  ACCORD_TRY(auto metric, domain::createMetric(s.store, *req.caller, district, input, nowSeconds()));
  return jsonResponse(201, metricJson(metric));
}

Result<Response> updateMetric(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto input, metricInput(req));
  ACCORD_TRY(auto metric, domain::updateMetric(s.store, *req.caller, district, req.params["key"], input, nowSeconds()));
  return jsonResponse(200, metricJson(metric));
}

Result<Response> deleteMetric(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_CHECK(domain::deleteMetric(s.store, *req.caller, district, req.params["key"], nowSeconds()));
  return noContent();
}

// Everything a chart answer depends on besides the data: the route, the district, the viewer (who
// decides which confidential decisions are marked) and the query.
std::string chartKey(const char* route, long long district, const Request& req, const domain::ChartQuery& q) {
  return json::array({route, district, req.caller->user.id, q.group, q.fromYear.value_or(0), q.toYear.value_or(0),
                      q.allSchools, q.schoolIds, q.metricKeys})
      .dump();
}

// The chart kept for this request at the district's chart version, or else the one `write` writes,
// kept for the next request.
Result<Response> keptChart(Services s, KeptAnswers& kept, Request& req, long long district, const std::string& key,
                           const std::function<Result<std::string>()>& write) {
  auto versionNow = [&] { return domain::getChartVersion(s.store, *req.caller, district); };
  ACCORD_TRY(auto version, versionNow());
  return keptOrWritten(req, kept, key, version, ClientCopy::kRevalidate, write, versionNow);
}

Result<Response> metricSeries(Services s, KeptAnswers& kept, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto query, chartQuery(req));
  query.metricKeys = {req.params["key"]};
  return keptChart(s, kept, req, district, chartKey("series", district, req, query),
                   [&]() -> Result<std::string> {
                     auto chart = domain::getOutcomeChart(s.store, *req.caller, district, query);
                     // The metric is named by the path: one the district does not have is not found.
                     if (!chart.ok() && chart.error().field == "metric") return notFound("no such metric");
                     if (!chart.ok()) return chart.takeError();
                     JsonWriter w;
                     w.reserve(16 * 1024);
                     writeChartFrame(w, *chart);
                     writeMetric(w.key("metric"), chart->metrics.front().metric);
                     writeSeries(w.key("series"), chart->metrics.front());
                     w.close();
                     return w.take();
                   });
}

Result<Response> outcomesOverview(Services s, KeptAnswers& kept, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto query, chartQuery(req));
  if (auto it = req.query.find("metric"); it != req.query.end()) query.metricKeys = splitList(it->second);
  return keptChart(s, kept, req, district, chartKey("outcomes", district, req, query),
                   [&]() -> Result<std::string> {
                     ACCORD_TRY(auto chart, domain::getOutcomeChart(s.store, *req.caller, district, query));
                     JsonWriter w;
                     w.reserve(64 * 1024);
                     writeChartFrame(w, chart);
                     w.key("metrics").openArray();
                     for (const auto& ms : chart.metrics) {
                       writeMetric(w.open().key("metric"), ms.metric);
                       writeSeries(w.key("series"), ms);
                       w.close();
                     }
                     w.closeArray().close();
                     return w.take();
                   });
}

Result<Response> listValues(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  domain::ValueListQuery q;
  if (auto it = req.query.find("metric"); it != req.query.end()) q.metricKey = it->second;
  if (auto it = req.query.find("scope"); it != req.query.end()) q.scope = it->second;
  if (auto it = req.query.find("group"); it != req.query.end()) q.group = it->second;
  ACCORD_TRY(long long year, queryId(req, "year"));
  q.year = static_cast<int>(std::min(year, 9999LL));
  ACCORD_TRY(q.schoolId, queryId(req, "school"));
  ACCORD_TRY(auto values, domain::listMetricValues(s.store, *req.caller, district, q, page.cursor, page.limit));
  return jsonResponse(200, pageJson(values, valueJson));
}

Result<Response> setValue(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(json body, parseObject(req));
  domain::ValueInput input;
  ACCORD_TRY(input.metricKey, requiredString(body, "metric"));
  ACCORD_TRY(auto year, optionalInteger(body, "year"));
  if (!year) return invalid("year", "is required");
  input.year = *year;
  ACCORD_TRY(auto scope, optionalString(body, "scope"));
  input.scope = scope.value_or("district");
  ACCORD_TRY(auto school, optionalInteger(body, "school_id"));
  input.schoolId = school.value_or(0);
  ACCORD_TRY(auto group, optionalString(body, "group"));
  input.group = group.value_or(domain::kAllStudents);
  if (!body.contains("value")) return invalid("value", "is required (null for a missing or suppressed value)");
  ACCORD_TRY(input.value, optionalNumber(body, "value"));
  ACCORD_TRY(input.n, optionalInteger(body, "n"));
  ACCORD_TRY(auto saved, domain::setMetricValue(s.store, *req.caller, district, input, nowSeconds()));
  return jsonResponse(saved.created ? 201 : 200, valueJson(saved.value));
}

Result<Response> deleteValue(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long id, pathId(req, "value", "value"));
  ACCORD_CHECK(domain::deleteMetricValue(s.store, *req.caller, district, id, nowSeconds()));
  return noContent();
}

Result<Response> listDemographics(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  domain::DemographicsFilter filter;
  ACCORD_TRY(long long year, queryId(req, "year"));
  filter.year = static_cast<int>(std::min(year, 9999LL));
  if (auto it = req.query.find("school"); it != req.query.end() && !it->second.empty()) {
    if (it->second == "district") {
      filter.schoolId = 0;
    } else {
      ACCORD_TRY(filter.schoolId, queryId(req, "school"));
    }
  }
  ACCORD_TRY(auto rows, domain::listDemographics(s.store, *req.caller, district, filter, page.cursor, page.limit));
  return jsonResponse(200, pageJson(rows, demographicsJson));
}

Result<Response> setDemographics(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(json body, parseObject(req));
  domain::DemographicsInput input;
  ACCORD_TRY(auto year, optionalInteger(body, "year"));
  if (!year) return invalid("year", "is required");
  input.year = *year;
  ACCORD_TRY(auto school, optionalInteger(body, "school_id"));
  input.schoolId = school.value_or(0);
  ACCORD_TRY(input.enrollment, optionalInteger(body, "enrollment"));
  ACCORD_TRY(input.lowIncomePct, optionalNumber(body, "low_income_pct"));
  ACCORD_TRY(input.englishLearnersPct, optionalNumber(body, "english_learners_pct"));
  ACCORD_TRY(input.minorityPct, optionalNumber(body, "minority_pct"));
  ACCORD_TRY(auto saved, domain::setDemographics(s.store, *req.caller, district, input, nowSeconds()));
  return jsonResponse(saved.created ? 201 : 200, demographicsJson(saved.row));
}

}  // namespace

void addOutcomeRoutes(Router& router, Services s) {
  const std::string base = "/api/v1/districts/{district}";
  auto kept = std::make_shared<KeptAnswers>(kKeptChartBytes);
  router.add("GET", base + "/schools", Access::kSession, [s](Request& r) { return listSchools(s, r); });
  router.add("POST", base + "/schools", Access::kSession, [s](Request& r) { return createSchool(s, r); });
  router.add("GET", base + "/schools/{school}", Access::kSession, [s](Request& r) { return getSchool(s, r); });
  router.add("PATCH", base + "/schools/{school}", Access::kSession, [s](Request& r) { return updateSchool(s, r); });
  router.add("DELETE", base + "/schools/{school}", Access::kSession, [s](Request& r) { return deleteSchool(s, r); });
  router.add("GET", base + "/metrics", Access::kSession, [s](Request& r) { return listMetrics(s, r); });
  router.add("POST", base + "/metrics", Access::kSession, [s](Request& r) { return createMetric(s, r); });
  router.add("PATCH", base + "/metrics/{key}", Access::kSession, [s](Request& r) { return updateMetric(s, r); });
  router.add("DELETE", base + "/metrics/{key}", Access::kSession, [s](Request& r) { return deleteMetric(s, r); });
  router.add("GET", base + "/metrics/{key}/series", Access::kSession,
             [s, kept](Request& r) { return metricSeries(s, *kept, r); });
  router.add("GET", base + "/outcomes", Access::kSession, [s, kept](Request& r) { return outcomesOverview(s, *kept, r); });
  router.add("GET", base + "/metric-values", Access::kSession, [s](Request& r) { return listValues(s, r); });
  router.add("POST", base + "/metric-values", Access::kSession, [s](Request& r) { return setValue(s, r); });
  router.add("DELETE", base + "/metric-values/{value}", Access::kSession,
             [s](Request& r) { return deleteValue(s, r); });
  router.add("GET", base + "/demographics", Access::kSession, [s](Request& r) { return listDemographics(s, r); });
  router.add("POST", base + "/demographics", Access::kSession, [s](Request& r) { return setDemographics(s, r); });
}

}  // namespace accord::http
