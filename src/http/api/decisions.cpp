#include "domain/decision/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

json decisionJson(const domain::Decision& d) {
  return {{"id", d.id},
          {"district_id", d.districtId},
          {"body_id", d.bodyId},
          {"issue_id", orNull(d.issueId)},
          {"confidential", d.confidential},
          {"title", d.title},
          {"text", d.text},
          {"proposed_by", d.proposedBy},
          {"proposed_by_name", d.proposedByName},
          {"status", d.status},
          {"deadline", d.deadline},
          {"links", {{"issue_id", orNull(d.issueId)}, {"articles", d.articles}, {"metrics", d.metrics}}},
          {"effective_at", orNull(d.effectiveAt)},
          {"review_at", orNull(d.reviewAt)},
          {"participation", d.participation},
          {"fallback", d.status == "no_consent" ? json(d.fallback) : json(nullptr)},
          {"created_at", d.createdAt},
          {"closed_at", orNull(d.closedAt)}};
}

json needsJson(const std::vector<domain::Need>& needs) {
  json out = json::array();
  for (const auto& n : needs) out.push_back({{"code", n.code}, {"count", n.count}, {"of", n.of}, {"out_of", n.outOf}});
  return out;
}

json sideJson(const domain::SideTally& s) {
  return {{"voters", s.voters},       {"cast", s.cast},         {"agree", s.agree},
          {"stand_aside", s.standAside}, {"block", s.block},    {"abstain", s.abstain},
          {"low_votes", s.lowVotes},  {"quorum", s.quorum},     {"quorum_met", s.quorumMet},
          {"consents", s.consents},   {"needed", s.needed},     {"needs", needsJson(s.needs)}};
}

json viewJson(const domain::DecisionView& v) {
  json out = decisionJson(v.decision);
  json stances = json::array();
  for (const auto& s : v.stances)
    stances.push_back({{"user_id", s.userId},
                       {"name", s.userName},
                       {"side", s.side},
                       {"stance", s.stance},
                       {"vote", orNull(s.vote)},
                       {"reason", s.reason},
                       {"at", s.at}});
  out["stances"] = stances;
  out["tally"] = {{"labor", sideJson(v.tally.labor)},
                  {"management", sideJson(v.tally.management)},
                  {"total_agree", v.tally.totalAgree},
                  {"total_votes", v.tally.totalVotes},
                  {"needed", v.tally.needed},
                  {"needs", needsJson(v.tally.needs)},
                  {"consent_reached", v.tally.adopted},
                  {"complete", v.tally.complete}};
  return out;
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

Result<Response> propose(Services s, Request& req) {
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
  ACCORD_TRY(auto decision, domain::proposeDecision(s.store, *req.caller, district, in, nowSeconds()));
  return jsonResponse(201, decisionJson(decision));
}

Result<Response> list(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  domain::DecisionFilter filter;
  ACCORD_TRY(filter.bodyId, queryId(req, "body"));
  ACCORD_TRY(filter.issueId, queryId(req, "issue"));
  if (auto it = req.query.find("status"); it != req.query.end()) filter.status = it->second;
  ACCORD_TRY(auto decisions,
             domain::listDecisions(s.store, *req.caller, district, filter, page.cursor, page.limit, nowSeconds()));
  return jsonResponse(200, pageJson(decisions, decisionJson));
}

Result<Response> getOne(Services s, Request& req) {
  ACCORD_TRY(auto p, decisionPath(req));
  ACCORD_TRY(auto view, domain::getDecision(s.store, *req.caller, p.district, p.decision, nowSeconds()));
  return jsonResponse(200, viewJson(view));
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
  return jsonResponse(200, viewJson(view));
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

void addDecisionRoutes(Router& router, Services s) {
  const std::string decisions = "/api/v1/districts/{district}/decisions";
  router.add("GET", decisions, Access::kSession, [s](Request& r) { return list(s, r); });
  router.add("POST", decisions, Access::kSession, [s](Request& r) { return propose(s, r); });
  router.add("GET", decisions + "/{decision}", Access::kSession, [s](Request& r) { return getOne(s, r); });
  router.add("POST", decisions + "/{decision}/stances", Access::kSession, [s](Request& r) { return stance(s, r); });
  const std::string log = "/api/v1/districts/{district}/decision-log";
  router.add("GET", log, Access::kSession, [s](Request& r) { return listLog(s, r); });
  router.add("GET", log + "/verify", Access::kSession, [s](Request& r) { return verifyLog(s, r); });
}

}  // namespace accord::http
