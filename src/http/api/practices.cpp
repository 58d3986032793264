#include <sstream>

#include "domain/directory/use_cases.hpp"
#include "domain/practice/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"
#include "http/kept_answers.hpp"

namespace accord::http {

namespace {

// Searches' and peers' answers kept between requests: a page of 50 hits is some 40 kB.
constexpr std::size_t kKeptSearchBytes = 16 << 20;

// An evidence span's fields, inside an object the caller opens and closes.
void writeSpanFields(JsonWriter& w, const domain::EvidenceSpan& e) {
  w.field("metric_key", e.metricKey).field("from_year", e.fromYear).field("to_year", e.toYear);
}

void writeDistrictOf(JsonWriter& w, const domain::Practice& p) {
  w.key("district").open().field("id", p.districtId).field("name", p.districtName);
  w.field("state", p.districtState).close();
}

// A practice's fields but its evidence, inside an object the caller opens and closes. `internal`: the
// sign-off details, for the members of the practice's own district.
void writePracticeFields(JsonWriter& w, const domain::Practice& p, bool internal) {
  w.field("id", p.id);
  writeDistrictOf(w, p);
  w.field("title", p.title)
      .field("summary", p.summary)
      .field("body", p.body)
      .field("problem", p.problem)
      .field("contact", p.contact)
      .field("tags", p.tags)
      .field("state", p.state)
      .field("public", p.isPublic)
      .field("published_at", p.publishedAt)
      .field("adoptions", p.adoptions)
      .field("labor_signed", p.laborSignoffBy.has_value())
      .field("management_signed", p.managementSignoffBy.has_value());
  if (internal)
    w.field("decision_id", p.decisionId)
        .field("labor_signoff_by", p.laborSignoffBy)
        .field("labor_signoff_at", p.laborSignoffAt)
        .field("management_signoff_by", p.managementSignoffBy)
        .field("management_signoff_at", p.managementSignoffAt)
        .field("created_by", p.createdBy)
        .field("created_at", p.createdAt)
        .field("updated_at", p.updatedAt);
}

void writeOwnPractice(JsonWriter& w, const domain::Practice& p) {
  w.open();
  writePracticeFields(w, p, true);
  w.key("evidence").openArray();
  for (const auto& e : p.evidence) {
    w.open();
    writeSpanFields(w, e);
    w.close();
  }
  w.closeArray().close();
}

Response ownPracticeResponse(int status, const domain::Practice& p) {
  JsonWriter w;
  writeOwnPractice(w, p);
  return jsonResponse(status, std::move(w));
}

// `signedIn`: the caller's own following, and the count of followers, which the public page leaves out.
Response viewResponse(const domain::PracticeView& v, bool signedIn) {
  JsonWriter w;
  w.open();
  writePracticeFields(w, v.practice, v.inCallersDistrict);
  if (signedIn) w.field("following", v.follow.following).field("followers", v.follow.followers);
  w.field("html", v.html).key("evidence").openArray();
  for (const auto& e : v.evidence) {
    w.open();
    writeSpanFields(w, e.span);
    w.field("name_en", e.nameEn)
        .field("name_es", e.nameEs)
        .field("unit", e.unit)
        .field("from_value", e.fromValue)
        .field("to_value", e.toValue)
        .key("change");
    if (e.fromValue && e.toValue)
      w.value(*e.toValue - *e.fromValue);
    else
      w.value(nullptr);
    w.close();
  }
  w.closeArray().key("adopter_changes").openArray();
  for (const auto& c : v.adopterChanges)
    w.open()
        .key("district")
        .open()
        .field("id", c.districtId)
        .field("name", c.districtName)
        .close()
        .field("metric_key", c.metricKey)
        .field("from_year", c.fromYear)
        .field("to_year", c.toYear)
        .field("from_value", c.fromValue)
        .field("to_value", c.toValue)
        .field("change", c.toValue - c.fromValue)
        .close();
  w.closeArray().close();
  return jsonResponse(200, std::move(w));
}

void writeHit(JsonWriter& w, const domain::SearchHit& h) {
  const auto& p = h.practice;
  w.open().field("id", p.id);
  writeDistrictOf(w, p);
  w.field("title", p.title)
      .field("summary", p.summary)
      .field("tags", p.tags)
      .field("state", p.state)
      .field("public", p.isPublic)
      .field("published_at", p.publishedAt)
      .field("adoptions", p.adoptions)
      .key("snippet")
      .openArray();
  for (const auto& part : h.snippet) w.open().field("text", part.text).field("match", part.match).close();
  w.closeArray().close();
}

Result<std::optional<std::vector<domain::EvidenceSpan>>> evidenceInput(const json& body) {
  auto it = body.find("evidence");
  if (it == body.end() || it->is_null()) return std::optional<std::vector<domain::EvidenceSpan>>();
  if (!it->is_array()) return invalid("evidence", "must be a list");
  std::vector<domain::EvidenceSpan> spans;
  for (const auto& item : *it) {
    if (!item.is_object()) return invalid("evidence", "each entry must be an object");
    domain::EvidenceSpan span;
    auto key = item.find("metric_key");
    if (key == item.end() || !key->is_string()) return invalid("evidence", "each entry needs a metric_key");
    span.metricKey = key->get<std::string>();
    for (auto [name, target] : {std::pair{"from_year", &span.fromYear}, std::pair{"to_year", &span.toYear}}) {
      auto year = item.find(name);
      if (year == item.end() || !year->is_number_integer())
        return invalid("evidence", std::string("each entry needs a whole-number ") + name);
      long long value = year->get<long long>();
      if (value < 0 || value > 100000) return invalid("evidence", std::string(name) + " is not a year");
      *target = static_cast<int>(value);
    }
    spans.push_back(std::move(span));
  }
  return std::optional<std::vector<domain::EvidenceSpan>>(std::move(spans));
}

Result<domain::PracticeInput> practiceInput(const json& body) {
  domain::PracticeInput in;
  ACCORD_TRY(in.title, optionalString(body, "title"));
  ACCORD_TRY(in.summary, optionalString(body, "summary"));
  ACCORD_TRY(in.body, optionalString(body, "body"));
  ACCORD_TRY(in.problem, optionalString(body, "problem"));
  ACCORD_TRY(in.contact, optionalString(body, "contact"));
  ACCORD_TRY(in.tags, optionalStringList(body, "tags"));
  ACCORD_TRY(in.evidence, evidenceInput(body));
  if (auto it = body.find("public"); it != body.end() && !it->is_null()) {
    if (!it->is_boolean()) return invalid("public", "must be true or false");
    in.isPublic = it->get<bool>();
  }
  ACCORD_TRY(in.decisionId, optionalInteger(body, "decision_id"));
  return in;
}

Result<Response> createPractice(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, practiceInput(body));
  if (!input.title && !input.decisionId) return invalid("title", "is required");
  ACCORD_TRY(auto practice, domain::createPractice(s.store, *req.caller, district, input, nowSeconds()));
  return ownPracticeResponse(201, practice);
}

Result<Response> updatePractice(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long practice, pathId(req, "practice", "practice"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, practiceInput(body));
  ACCORD_TRY(auto updated, domain::updatePractice(s.store, *req.caller, district, practice, input, nowSeconds()));
  return ownPracticeResponse(200, updated);
}

Result<Response> signOff(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long practice, pathId(req, "practice", "practice"));
  ACCORD_TRY(auto signed_, domain::signOffPractice(s.store, *req.caller, district, practice, nowSeconds()));
  return ownPracticeResponse(200, signed_);
}

Result<Response> listOwn(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  ACCORD_TRY(auto practices,
             domain::listDistrictPractices(s.store, *req.caller, district, page.cursor, page.limit));
  return jsonResponse(200, pageWriter(practices, writeOwnPractice));
}

std::string queryText(const Request& req, const char* name) {
  auto it = req.query.find(name);
  return it == req.query.end() ? std::string() : it->second;
}

// Everything a search's answer depends on besides the data: who may find which drafts (public
// callers none) and the search as read.
std::string searchKey(bool isPublic, const domain::SearchVersion& version, const domain::SearchRequest& r) {
  return json::array({isPublic ? "public" : "members", version.draftDistricts, r.q, r.tag, r.state, r.size, r.metric,
                      r.districtId, r.offset, r.limit})
      .dump();
}

// A search's answer is kept until any practice or district it could read changes, so the same
// search by anyone who may find the same drafts is answered without searching again.
Result<Response> search(Services s, KeptAnswers& kept, Request& req, bool isPublic) {
  ACCORD_TRY(auto page, pageQuery(req));
  domain::SearchRequest request;
  request.q = queryText(req, "q");
  request.tag = queryText(req, "tag");
  request.state = queryText(req, "state");
  request.size = queryText(req, "size");
  request.metric = queryText(req, "metric");
  ACCORD_TRY(request.districtId, queryId(req, "district"));
  request.offset = page.cursor;
  request.limit = std::min(page.limit, 50);
  const domain::Caller* caller = isPublic ? nullptr : &*req.caller;
  auto versionNow = [&]() -> Result<std::optional<domain::SearchVersion>> {
    return domain::getSearchVersion(s.store, caller);
  };
  ACCORD_TRY(auto version, versionNow());
  // The districts read with the version are named in the key: a change to them moves the version on.
  std::string key = version ? searchKey(isPublic, *version, request) : std::string();
  std::optional<long long> at;
  if (version) at = version->version;
  auto write = [&]() -> Result<std::string> {
    ACCORD_TRY(auto result, domain::searchPractices(s.store, caller, request));
    // A page like any other, whose cursor is the offset of the next.
    domain::Page<domain::SearchHit> hits{std::move(result.hits), result.nextOffset};
    return pageWriter(hits, writeHit).take();
  };
  return keptOrWritten(req, kept, key, at, ClientCopy::kNone, write, [&]() -> Result<std::optional<long long>> {
    ACCORD_TRY(auto now, versionNow());
    if (!now) return std::optional<long long>();
    return std::optional<long long>(now->version);
  });
}

Result<Response> getPractice(Services s, Request& req, bool isPublic) {
  ACCORD_TRY(long long practice, pathId(req, "practice", "practice"));
  const domain::Caller* caller = isPublic ? nullptr : &*req.caller;
  ACCORD_TRY(auto view, domain::getPractice(s.store, caller, practice));
  return viewResponse(view, !isPublic);
}

json followJson(const domain::FollowState& state) {
  return {{"following", state.following}, {"followers", state.followers}};
}

Result<Response> follow(Services s, Request& req) {
  ACCORD_TRY(long long practice, pathId(req, "practice", "practice"));
  ACCORD_TRY(auto state, domain::followPractice(s.store, *req.caller, practice, nowSeconds()));
  return jsonResponse(200, followJson(state));
}

Result<Response> unfollow(Services s, Request& req) {
  ACCORD_TRY(long long practice, pathId(req, "practice", "practice"));
  ACCORD_TRY(auto state, domain::unfollowPractice(s.store, *req.caller, practice));
  return jsonResponse(200, followJson(state));
}

json followedJson(const domain::FollowedPractice& f) {
  return {{"id", f.id},
          {"title", f.title},
          {"district", {{"id", f.districtId}, {"name", f.districtName}}},
          {"state", f.state},
          {"published_at", orNull(f.publishedAt)},
          {"adoptions", f.adoptions},
          {"followed_at", f.followedAt},
          {"last_change_at", orNull(f.lastChangeAt)},
          {"updated_since_followed", f.updatedSinceFollowed}};
}

Result<Response> listFollowed(Services s, Request& req) {
  ACCORD_TRY(auto page, pageQuery(req));
  ACCORD_TRY(auto followed, domain::listFollowedPractices(s.store, *req.caller, page.cursor, page.limit));
  return jsonResponse(200, pageJson(followed, followedJson));
}

Result<Response> adopt(Services s, Request& req) {
  ACCORD_TRY(long long practice, pathId(req, "practice", "practice"));
  ACCORD_TRY(json body, parseObject(req));
  domain::AdoptInput input;
  ACCORD_TRY(auto district, optionalInteger(body, "district_id"));
  if (!district) return invalid("district_id", "is required");
  input.districtId = *district;
  ACCORD_TRY(auto bodyId, optionalInteger(body, "body_id"));
  if (!bodyId) return invalid("body_id", "is required");
  input.bodyId = *bodyId;
  ACCORD_TRY(input.shareOutcomes, optionalBool(body, "share_outcomes", false));
  ACCORD_TRY(auto result, domain::adoptPractice(s.store, *req.caller, practice, input, nowSeconds()));
  const auto& a = result.adoption;
  return jsonResponse(201, {{"id", a.id},
                            {"practice_id", a.practiceId},
                            {"district_id", a.districtId},
                            {"issue_id", orNull(a.issueId)},
                            {"share_outcomes", a.shareOutcomes},
                            {"adopted_at", a.adoptedAt}});
}

const char* sizeBand(const std::optional<long long>& enrollment) {
  if (!enrollment) return nullptr;
  if (*enrollment < 2500) return "small";
  if (*enrollment < 10000) return "medium";
  if (*enrollment < 50000) return "large";
  return "very_large";
}

// A coarse band of the distance (in standard deviations): the exact figure would let a district
// move its own figures and bisect another district's demographics.
const char* closenessBand(double distance) {
  if (distance < 0.5) return "very_close";
  if (distance < 1.0) return "close";
  return "distant";
}

// A district's peers are kept until any district's figures or any practice changes; the key names
// the figures' version, the answer is kept at the practices'.
Result<Response> peers(Services s, KeptAnswers& kept, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  int limit = std::min(page.limit, 20);
  auto versionNow = [&] { return domain::getPeersVersion(s.store, *req.caller, district); };
  ACCORD_TRY(auto version, versionNow());
  std::string key = version ? json::array({"peers", district, limit, version->profiles}).dump() : std::string();
  std::optional<long long> at;
  if (version) at = version->practices;
  auto write = [&]() -> Result<std::string> {
    ACCORD_TRY(auto result, domain::listPeers(s.store, *req.caller, district, limit));
    JsonWriter w;
    w.open().key("items").openArray();
    int rank = 0;
    for (const auto& v : result.peers) {
      const char* band = sizeBand(v.peer.district.enrollment);
      w.open().key("district").open();
      w.field("id", v.peer.district.id).field("name", v.peer.district.name).field("state", v.peer.district.state);
      // Only the peer's size band is shown: its own figures stay its own.
      w.close().key("size");
      if (band)
        w.value(band);
      else
        w.value(nullptr);
      w.field("rank", ++rank).field("closeness", closenessBand(v.peer.distance));
      w.field("shared_figures", v.peer.sharedFigures).key("practices").openArray();
      for (const auto& t : v.practices) w.open().field("id", t.id).field("title", t.title).close();
      w.closeArray().close();
    }
    w.closeArray().field("missing", result.missing).close();
    return w.take();
  };
  return keptOrWritten(req, kept, key, at, ClientCopy::kNone, write, [&]() -> Result<std::optional<long long>> {
    ACCORD_TRY(auto now, versionNow());
    // A change to the figures moves the key on, so it counts as a change here too.
    if (!now || !version || now->profiles != version->profiles) return std::optional<long long>();
    return std::optional<long long>(now->practices);
  });
}

Result<Response> importDirectory(Services s, Uploads& uploads, Request& req) {
  ACCORD_TRY(FileSource file, sentFile(uploads, req, kDirectoryUpload));
  auto in = file.open();
  ACCORD_TRY(auto result, domain::importDirectory(s.store, &req.caller->user, *in, nowSeconds()));
  json errors = json::array();
  for (const auto& e : result.report.errors)
    errors.push_back({{"line", e.line}, {"column", e.column}, {"reason", e.reason}});
  return jsonResponse(200, {{"layout", result.report.layout},
                            {"rows_read", result.report.rowsRead},
                            {"rows_failed", result.report.rowsFailed},
                            {"entries", result.entries},
                            {"districts_updated", result.districtsUpdated},
                            {"errors", errors}});
}

}  // namespace

void addPracticeRoutes(Router& router, Services s, std::shared_ptr<Uploads> uploads) {
  const std::string own = "/api/v1/districts/{district}/practices";
  auto kept = std::make_shared<KeptAnswers>(kKeptSearchBytes);
  router.add("GET", own, Access::kSession, [s](Request& r) { return listOwn(s, r); });
  router.add("POST", own, Access::kSession, [s](Request& r) { return createPractice(s, r); });
  router.add("PATCH", own + "/{practice}", Access::kSession, [s](Request& r) { return updatePractice(s, r); });
  router.add("POST", own + "/{practice}/sign-offs", Access::kSession, [s](Request& r) { return signOff(s, r); });
  router.add("GET", "/api/v1/districts/{district}/peers", Access::kSession, [s, kept](Request& r) { return peers(s, *kept, r); });
  router.add("GET", "/api/v1/practices", Access::kSession, [s, kept](Request& r) { return search(s, *kept, r, false); });
  router.add("GET", "/api/v1/practices/{practice}", Access::kSession,
             [s](Request& r) { return getPractice(s, r, false); });
  router.add("POST", "/api/v1/practices/{practice}/adoptions", Access::kSession,
             [s](Request& r) { return adopt(s, r); });
  router.add("PUT", "/api/v1/practices/{practice}/follow", Access::kSession, [s](Request& r) { return follow(s, r); });
  router.add("DELETE", "/api/v1/practices/{practice}/follow", Access::kSession,
             [s](Request& r) { return unfollow(s, r); });
  router.add("GET", "/api/v1/me/followed-practices", Access::kSession, [s](Request& r) { return listFollowed(s, r); });
  router.add("GET", "/api/v1/public/practices", Access::kPublic, [s, kept](Request& r) { return search(s, *kept, r, true); });
  router.add("GET", "/api/v1/public/practices/{practice}", Access::kPublic,
             [s](Request& r) { return getPractice(s, r, true); });
  router.addUpload("POST", "/api/v1/directory/imports", [s, uploads](Request& r) { return importDirectory(s, *uploads, r); });
}

}  // namespace accord::http
