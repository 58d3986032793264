#include "domain/decision/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

// A decision's fields, inside an object the caller opens and closes.
void writeDecisionFields(JsonWriter& w, const domain::Decision& d) {
  w.field("id", d.id)
      .field("district_id", d.districtId)
      .field("body_id", d.bodyId)
      .field("issue_id", d.issueId)
      .field("confidential", d.confidential)
      .field("title", d.title)
      .field("text", d.text)
      .field("proposed_by", d.proposedBy)
      .field("proposed_by_name", d.proposedByName)
      .field("status", d.status)
      .field("deadline", d.deadline)
      .key("links")
      .open()
      .field("issue_id", d.issueId)
      .field("articles", d.articles)
      .field("metrics", d.metrics)
      .close()
      .field("effective_at", d.effectiveAt)
      .field("review_at", d.reviewAt)
      .field("participation", d.participation)
      .key("fallback");
  if (d.status == "no_consent")
    w.value(d.fallback);
  else
    w.value(nullptr);
  w.field("created_at", d.createdAt).field("closed_at", d.closedAt);
}

void writeDecision(JsonWriter& w, const domain::Decision& d) {
  w.open();
  writeDecisionFields(w, d);
  w.close();
}

void writeNeeds(JsonWriter& w, const std::vector<domain::Need>& needs) {
  w.openArray();
  for (const auto& n : needs)
    w.open().field("code", n.code).field("count", n.count).field("of", n.of).field("out_of", n.outOf).close();
  w.closeArray();
}

void writeSide(JsonWriter& w, const domain::SideTally& s) {
  w.open()
      .field("voters", s.voters)
      .field("cast", s.cast)
      .field("agree", s.agree)
      .field("stand_aside", s.standAside)
      .field("block", s.block)
      .field("abstain", s.abstain)
      .field("low_votes", s.lowVotes)
      .field("quorum", s.quorum)
      .field("quorum_met", s.quorumMet)
      .field("consents", s.consents)
      .field("needed", s.needed);
  writeNeeds(w.key("needs"), s.needs);
  w.close();
}

Response viewResponse(const domain::DecisionView& v) {
  JsonWriter w;
  w.open();
  writeDecisionFields(w, v.decision);
  w.key("stances").openArray();
  for (const auto& s : v.stances)
    w.open()
        .field("user_id", s.userId)
        .field("name", s.userName)
        .field("side", s.side)
        .field("stance", s.stance)
        .field("vote", s.vote)
        .field("reason", s.reason)
        .field("at", s.at)
        .close();
  w.closeArray().key("tally").open();
  writeSide(w.key("labor"), v.tally.labor);
  writeSide(w.key("management"), v.tally.management);
  w.field("total_agree", v.tally.totalAgree)
      .field("total_votes", v.tally.totalVotes)
      .field("needed", v.tally.needed);
  writeNeeds(w.key("needs"), v.tally.needs);
  w.field("consent_reached", v.tally.adopted).field("complete", v.tally.complete).close().close();
  return jsonResponse(200, std::move(w));
}

struct DecisionPath {
  long long district = 0;
  long long decision = 0;
};
Result<DecisionPath> decisionPath(const Request& req) {
  DecisionPath p;
  ACCORD_TRY(p.district, pathId(req, "district", "district"));
  ACCORD_TRY(p.decision, pathId(req, "decision", "decision"));
  return p;
}

Result<Response> propose(Services s, const SubjectChanges& live, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(json body, parseObject(req));
  domain::NewDecision in;
  ACCORD_TRY(in.bodyId, optionalInteger(body, "body_id"));
  ACCORD_TRY(in.issueId, optionalInteger(body, "issue_id"));
  ACCORD_TRY(in.title, optionalString(body, "title"));
  ACCORD_TRY(in.text, optionalString(body, "text"));
  ACCORD_TRY(in.deadline, optionalInteger(body, "deadline"));
  ACCORD_TRY(auto articles, optionalStringList(body, "articles"));
  in.articles = articles.value_or(std::vector<std::string>{});
  ACCORD_TRY(auto metrics, optionalStringList(body, "metrics"));
  in.metrics = metrics.value_or(std::vector<std::string>{});
  ACCORD_TRY(in.effectiveAt, optionalInteger(body, "effective_at"));
  ACCORD_TRY(in.reviewAt, optionalInteger(body, "review_at"));
  ACCORD_TRY(in.participation, optionalString(body, "participation"));
  std::vector<long long> notified;
  ACCORD_TRY(auto decision, domain::proposeDecision(s.store, *req.caller, district, in, nowSeconds(), &notified));
  live.notified(notified);
  JsonWriter w;
  writeDecision(w, decision);
  return jsonResponse(201, std::move(w));
}

Result<Response> listDecisions(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  domain::DecisionFilter filter;
  ACCORD_TRY(filter.bodyId, queryId(req, "body"));
  ACCORD_TRY(filter.issueId, queryId(req, "issue"));
  if (auto it = req.query.find("status"); it != req.query.end()) filter.status = it->second;
  ACCORD_TRY(auto decisions,
             domain::listDecisions(s.store, *req.caller, district, filter, page.cursor, page.limit, nowSeconds()));
  return jsonResponse(200, pageWriter(decisions, writeDecision));
}

Result<Response> getDecision(Services s, Request& req) {
  ACCORD_TRY(auto p, decisionPath(req));
  ACCORD_TRY(auto view, domain::getDecision(s.store, *req.caller, p.district, p.decision, nowSeconds()));
  return viewResponse(view);
}

Result<Response> stance(Services s, Request& req) {
  ACCORD_TRY(auto p, decisionPath(req));
  ACCORD_TRY(json body, parseObject(req));
  domain::StanceInput in;
  ACCORD_TRY(in.stance, optionalString(body, "stance"));
  ACCORD_TRY(in.vote, optionalInteger(body, "vote"));
  ACCORD_TRY(auto reason, optionalString(body, "reason"));
  in.reason = reason.value_or("");
  ACCORD_TRY(auto view, domain::takeStance(s.store, *req.caller, p.district, p.decision, in, nowSeconds()));
  return viewResponse(view);
}

json logEntryJson(const domain::LogEntryView& v) {
  const domain::LogEntry& e = v.entry;
  json parsed = v.withheld ? json(nullptr) : json::parse(e.entry, nullptr, false);
  return {{"id", e.id},
          {"seq", e.seq},
          {"decision_id", e.decisionId},
          {"entry", parsed.is_discarded() ? json(nullptr) : parsed},
          {"canonical", v.withheld ? json(nullptr) : json(e.entry)},
          {"sealed", v.sealed},
          {"withheld", v.withheld},
          {"content_hash", v.contentHash},
          {"prev_hash", e.prevHash},
          {"hash", e.hash}};
}

Result<Response> listLog(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  ACCORD_TRY(auto entries, domain::listDecisionLog(s.store, *req.caller, district, page.cursor, page.limit));
  return jsonResponse(200, pageJson(entries, logEntryJson));
}

Result<Response> verifyLog(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto check, domain::verifyDecisionLog(s.store, *req.caller, district));
  return jsonResponse(200, {{"ok", check.ok},
                            {"entries", check.entries},
                            {"first_bad_seq", orNull(check.firstBadSeq)},
                            {"reason", check.ok ? json(nullptr) : json(check.reason)},
                            {"head_hash", check.ok ? json(check.headHash) : json(nullptr)}});
}

}  // namespace

void addDecisionRoutes(Router& router, Services s, SubjectChanges live) {
  const std::string decisions = "/api/v1/districts/{district}/decisions";
  router.add("GET", decisions, Access::kSession, [s](Request& r) { return listDecisions(s, r); });
  router.add("POST", decisions, Access::kSession, [s, live](Request& r) { return propose(s, live, r); });
  router.add("GET", decisions + "/{decision}", Access::kSession, [s](Request& r) { return getDecision(s, r); });
  router.add("POST", decisions + "/{decision}/stances", Access::kSession,
             live.announcing("decision", "decision", "decision.stance", [s](Request& r) { return stance(s, r); }));
  const std::string log = "/api/v1/districts/{district}/decision-log";
  router.add("GET", log, Access::kSession, [s](Request& r) { return listLog(s, r); });
  router.add("GET", log + "/verify", Access::kSession, [s](Request& r) { return verifyLog(s, r); });
}

}  // namespace accord::http
