#include "domain/issue/use_cases.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

// An issue's fields, inside an object the caller opens and closes.
void writeIssueFields(JsonWriter& w, const domain::Issue& i) {
  w.field("id", i.id)
      .field("district_id", i.districtId)
      .field("body_id", i.bodyId)
      .field("raised_by", i.raisedBy)
      .field("raised_by_name", i.raisedByName)
      .field("title", i.title)
      .field("description", i.description)
      .field("confidential", i.confidential)
      .key("references")
      .openArray();
  for (const auto& reference : i.references) w.value(reference);
  w.closeArray().field("step", i.step).key("step_note");
  if (i.stepNote.empty())
    w.value(nullptr);
  else
    w.value(i.stepNote);
  w.key("solution");
  if (i.solutionOptionId)
    w.open().field("option_id", *i.solutionOptionId).field("text", i.solutionText).close();
  else
    w.value(nullptr);
  w.field("decision_id", i.decisionId).field("created_at", i.createdAt).field("updated_at", i.updatedAt);
}

void writeIssue(JsonWriter& w, const domain::Issue& i) {
  w.open();
  writeIssueFields(w, i);
  w.close();
}

Response issueResponse(int status, const domain::Issue& i) {
  JsonWriter w;
  writeIssue(w, i);
  return jsonResponse(status, std::move(w));
}

void writeItem(JsonWriter& w, const domain::IssueItem& i) {
  w.open().field("id", i.id).field("text", i.text).field("author_id", i.authorId).field("created_at", i.createdAt);
  if (i.kind == "interest") w.field("side", i.tag);
  if (i.kind == "criterion") w.field("weight", i.weight);
  w.close();
}

json cellJson(const domain::IssueScore& s) {
  return {{"score", s.score}, {"scored_by", s.scoredBy}, {"scored_by_name", s.scoredByName}, {"scored_at", s.scoredAt}};
}

void writeCell(JsonWriter& w, const domain::IssueScore& s) {
  w.open()
      .field("score", s.score)
      .field("scored_at", s.scoredAt)
      .field("scored_by", s.scoredBy)
      .field("scored_by_name", s.scoredByName)
      .close();
}

// Each row has its scores twice: `scores` as plain numbers (as clients have always read them) and
// `cells` with who set each one and when. Written straight out, the keys of each object in the
// alphabetical order the answer has always had.
void writeMatrix(JsonWriter& w, const domain::ScoreMatrix& m) {
  w.open().key("criteria").openArray();
  for (const auto& c : m.criteria) w.open().field("id", c.id).field("text", c.text).field("weight", c.weight).close();
  w.closeArray().key("rows").openArray();
  for (const auto& r : m.rows) {
    w.open().key("cells").openArray();
    for (const auto& cell : r.cells) {
      if (cell)
        writeCell(w, *cell);
      else
        w.value(nullptr);
    }
    w.closeArray().field("option", r.option).field("option_id", r.optionId).key("scores").openArray();
    for (const auto& cell : r.cells) {
      if (cell)
        w.value(cell->score);
      else
        w.value(nullptr);
    }
    w.closeArray().field("unscored", r.unscored).field("weighted_total", r.weightedTotal).close();
  }
  w.closeArray().close();
}

Response matrixResponse(const domain::ScoreMatrix& m) {
  JsonWriter w;
  writeMatrix(w, m);
  return jsonResponse(200, std::move(w));
}

struct IssuePath {
  long long district = 0;
  long long issue = 0;
};
Result<IssuePath> issuePath(const Request& req) {
  IssuePath p;
  ACCORD_TRY(p.district, pathId(req, "district", "district"));
  ACCORD_TRY(p.issue, pathId(req, "issue", "issue"));
  return p;
}

Result<Response> raiseIssue(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(json body, parseObject(req));
  domain::NewIssue in;
  ACCORD_TRY(auto bodyId, optionalInteger(body, "body_id"));
  if (!bodyId) return invalid("body_id", "is required");
  in.bodyId = *bodyId;
  ACCORD_TRY(in.title, requiredString(body, "title"));
  ACCORD_TRY(auto description, optionalString(body, "description"));
  in.description = description.value_or("");
  ACCORD_TRY(in.confidential, optionalBool(body, "confidential", false));
  ACCORD_TRY(auto references, optionalStringList(body, "references"));
  in.references = references.value_or(std::vector<std::string>{});
  ACCORD_TRY(auto issue, domain::raiseIssue(s.store, *req.caller, district, in, nowSeconds()));
  return issueResponse(201, issue);
}

Result<Response> listIssues(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  domain::IssueFilter filter;
  ACCORD_TRY(filter.bodyId, queryId(req, "body"));
  if (auto it = req.query.find("step"); it != req.query.end()) filter.step = it->second;
  ACCORD_TRY(auto issues, domain::listIssues(s.store, *req.caller, district, filter, page.cursor, page.limit));
  return jsonResponse(200, pageWriter(issues, writeIssue));
}

Result<Response> countByStep(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long body, queryId(req, "body"));
  ACCORD_TRY(auto counts, domain::countIssuesByStep(s.store, *req.caller, district, body));
  json steps = json::array();
  for (const auto& c : counts) steps.push_back({{"step", c.step}, {"count", c.count}});
  return jsonResponse(200, {{"steps", std::move(steps)}});
}

Result<Response> getIssue(Services s, Request& req) {
  ACCORD_TRY(auto p, issuePath(req));
  ACCORD_TRY(auto view, domain::getIssue(s.store, *req.caller, p.district, p.issue));
  JsonWriter w;
  w.open();
  writeIssueFields(w, view.issue);
  for (auto [name, list] : {std::pair{Name("interests"), &view.interests}, std::pair{Name("options"), &view.options},
                            std::pair{Name("criteria"), &view.criteria}}) {
    w.key(name).openArray();
    for (const auto& item : *list) writeItem(w, item);
    w.closeArray();
  }
  w.key("ready").openArray();
  for (const auto& r : view.ready) {
    w.open();
    w.field("side", r.side).field("user_id", r.userId).field("name", r.name).field("at", r.at);
    w.close();
  }
  w.closeArray();
  w.key("matrix");
  writeMatrix(w, view.matrix);
  w.close();
  return jsonResponse(200, std::move(w));
}

Result<Response> getMatrix(Services s, Request& req) {
  ACCORD_TRY(auto p, issuePath(req));
  ACCORD_TRY(auto view, domain::getIssue(s.store, *req.caller, p.district, p.issue));
  return matrixResponse(view.matrix);
}

Result<Response> moveIssue(Services s, const SubjectChanges& live, Request& req) {
  ACCORD_TRY(auto p, issuePath(req));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto step, requiredString(body, "step"));
  ACCORD_TRY(auto note, optionalString(body, "note"));
  std::vector<long long> notified;
  ACCORD_TRY(auto issue, domain::moveIssue(s.store, *req.caller, p.district, p.issue, step, note.value_or(""),
                                           nowSeconds(), &notified));
  live.notified(notified);
  return issueResponse(200, issue);
}

Result<Response> addItem(Services s, Request& req, const char* kind) {
  ACCORD_TRY(auto p, issuePath(req));
  ACCORD_TRY(json body, parseObject(req));
  domain::NewIssueItem in;
  in.kind = kind;
  ACCORD_TRY(in.text, requiredString(body, "text"));
  if (in.kind == "interest") {
    ACCORD_TRY(in.tag, requiredString(body, "side"));
  }
  if (in.kind == "criterion") {
    ACCORD_TRY(in.weight, optionalInteger(body, "weight"));
  }
  ACCORD_TRY(auto item, domain::addIssueItem(s.store, *req.caller, p.district, p.issue, in, nowSeconds()));
  JsonWriter w;
  writeItem(w, item);
  return jsonResponse(201, std::move(w));
}

// What the caller saw in the cell: a score, null for unscored, or absent for "do not check".
Result<std::optional<std::optional<long long>>> expectedScore(const json& body) {
  auto it = body.find("expected_score");
  if (it == body.end()) return std::optional<std::optional<long long>>();
  if (it->is_null()) return std::optional<std::optional<long long>>(std::optional<long long>());
  if (!it->is_number_integer()) return invalid("expected_score", "must be a whole number from 1 to 5, or null");
  return std::optional<std::optional<long long>>(it->get<long long>());
}

Result<Response> score(Services s, Request& req) {
  ACCORD_TRY(auto p, issuePath(req));
  ACCORD_TRY(json body, parseObject(req));
  domain::NewScore in;
  ACCORD_TRY(in.optionId, optionalInteger(body, "option_id"));
  ACCORD_TRY(in.criterionId, optionalInteger(body, "criterion_id"));
  ACCORD_TRY(in.score, optionalInteger(body, "score"));
  ACCORD_TRY(in.expectedScore, expectedScore(body));
  domain::IssueScore current;
  auto matrix = domain::scoreOption(s.store, *req.caller, p.district, p.issue, in, nowSeconds(), &current);
  if (!matrix.ok() && matrix.error().code == ErrorCode::kConflict && current.scoredBy != 0) {
    // The usual error, with the cell as it is now, so that the page can show who changed it to what.
    const Error& e = matrix.error();
    return jsonResponse(statusOf(e.code), {{"error",
                                            {{"code", "conflict"},
                                             {"message", e.message},
                                             {"field", e.field},
                                             {"current", cellJson(current)}}}});
  }
  if (!matrix.ok()) return matrix.takeError();
  return matrixResponse(*matrix);
}

Result<Response> chooseSolution(Services s, Request& req) {
  ACCORD_TRY(auto p, issuePath(req));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto option, optionalInteger(body, "option_id"));
  if (!option) return invalid("option_id", "is required");
  ACCORD_TRY(auto text, requiredString(body, "text"));
  ACCORD_TRY(auto issue,
             domain::chooseSolution(s.store, *req.caller, p.district, p.issue, *option, text, nowSeconds()));
  return issueResponse(200, issue);
}

}  // namespace

void addIssueRoutes(Router& router, Services s, SubjectChanges live) {
  const std::string issues = "/api/v1/districts/{district}/issues";
  const std::string issue = issues + "/{issue}";
  router.add("GET", issues, Access::kSession, [s](Request& r) { return listIssues(s, r); });
  router.add("POST", issues, Access::kSession, [s](Request& r) { return raiseIssue(s, r); });
  router.add("GET", "/api/v1/districts/{district}/issue-steps", Access::kSession,
             [s](Request& r) { return countByStep(s, r); });
  router.add("GET", issue, Access::kSession, [s](Request& r) { return getIssue(s, r); });
  router.add("POST", issue + "/step", Access::kSession,
             live.announcing("issue", "issue", "issue.step", [s, live](Request& r) { return moveIssue(s, live, r); }));
  router.add("POST", issue + "/interests", Access::kSession,
             live.announcing("issue", "issue", "issue.interest", [s](Request& r) { return addItem(s, r, "interest"); }));
  router.add("POST", issue + "/options", Access::kSession,
             live.announcing("issue", "issue", "issue.option", [s](Request& r) { return addItem(s, r, "option"); }));
  router.add("POST", issue + "/criteria", Access::kSession,
             live.announcing("issue", "issue", "issue.criterion", [s](Request& r) { return addItem(s, r, "criterion"); }));
  router.add("POST", issue + "/scores", Access::kSession,
             live.announcing("issue", "issue", "issue.score", [s](Request& r) { return score(s, r); }));
  router.add("GET", issue + "/matrix", Access::kSession, [s](Request& r) { return getMatrix(s, r); });
  router.add("POST", issue + "/solution", Access::kSession,
             live.announcing("issue", "issue", "issue.solution", [s](Request& r) { return chooseSolution(s, r); }));
}

}  // namespace accord::http
