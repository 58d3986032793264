#include <charconv>

#include "domain/communication/use_cases.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

Result<domain::CommunicationInput> communicationInput(const json& body) {
  domain::CommunicationInput in;
  ACCORD_TRY(in.bodyId, optionalInteger(body, "body_id"));
  ACCORD_TRY(in.title, optionalString(body, "title"));
  ACCORD_TRY(in.text, optionalString(body, "text"));
  return in;
}

json communicationJson(const domain::CommunicationView& view) {
  const auto& c = view.communication;
  json signatures = json::array();
  for (const auto& s : c.signatures)
    signatures.push_back({{"user_id", s.userId}, {"name", s.userName}, {"side", s.side}, {"signed_at", s.signedAt}});
  json out = {{"id", c.id},
              {"district_id", c.districtId},
              {"body_id", c.bodyId},
              {"title", c.title},
              {"text", c.text},
              {"status", c.status},
              {"signatures", signatures},
              {"created_by", c.createdBy},
              {"created_at", c.createdAt},
              {"updated_at", c.updatedAt},
              {"published_at", c.publishedAt ? json(*c.publishedAt) : json(nullptr)},
              {"read_by_me", view.readByMe},
              {"readers", nullptr},
              {"read_count", nullptr}};
  if (view.readers) {
    json readers = json::array();
    for (const auto& r : *view.readers)
      readers.push_back({{"user_id", r.userId}, {"name", r.userName}, {"read_at", r.readAt}});
    out["readers"] = readers;
    out["read_count"] = view.readers->size();
  }
  return out;
}

struct CommunicationPath {
  long long district = 0;
  long long communication = 0;
};
Result<CommunicationPath> communicationPath(const Request& req) {
  CommunicationPath p;
  ACCORD_TRY(p.district, pathId(req, "district", "district"));
  ACCORD_TRY(p.communication, pathId(req, "communication", "communication"));
  return p;
}

Result<Response> listAll(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  long long body = 0;
  if (auto it = req.query.find("body"); it != req.query.end()) {
    auto [end, ec] = std::from_chars(it->second.data(), it->second.data() + it->second.size(), body);
    if (ec != std::errc() || end != it->second.data() + it->second.size() || body < 1)
      return invalid("body", "must be a positive id");
  }
  ACCORD_TRY(auto views,
             domain::listCommunications(s.store, *req.caller, district, body, page.cursor, page.limit));
  return jsonResponse(200, pageJson(views, communicationJson));
}

Result<Response> draft(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, communicationInput(body));
  ACCORD_TRY(auto view, domain::draftCommunication(s.store, *req.caller, district, input, nowSeconds()));
  return jsonResponse(201, communicationJson(view));
}

Result<Response> getCommunication(Services s, Request& req) {
  ACCORD_TRY(auto p, communicationPath(req));
  ACCORD_TRY(auto view, domain::getCommunication(s.store, *req.caller, p.district, p.communication));
  return jsonResponse(200, communicationJson(view));
}

Result<Response> update(Services s, Request& req) {
  ACCORD_TRY(auto p, communicationPath(req));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, communicationInput(body));
  ACCORD_TRY(auto view,
             domain::updateCommunication(s.store, *req.caller, p.district, p.communication, input, nowSeconds()));
  return jsonResponse(200, communicationJson(view));
}

Result<Response> sign(Services s, const SubjectChanges& live, Request& req) {
  ACCORD_TRY(auto p, communicationPath(req));
  std::vector<long long> notified;
  ACCORD_TRY(auto view, domain::signCommunication(s.store, *req.caller, p.district, p.communication, nowSeconds(),
                                                  &notified));
  live.notified(notified);
  return jsonResponse(200, communicationJson(view));
}

Result<Response> markCommunicationRead(Services s, Request& req) {
  ACCORD_TRY(auto p, communicationPath(req));
  ACCORD_TRY(auto view, domain::readCommunication(s.store, *req.caller, p.district, p.communication, nowSeconds()));
  return jsonResponse(200, communicationJson(view));
}

}  // namespace

void addCommunicationRoutes(Router& router, Services s, SubjectChanges live) {
  const std::string all = "/api/v1/districts/{district}/communications";
  const std::string one = all + "/{communication}";
  router.add("GET", all, Access::kSession, [s](Request& r) { return listAll(s, r); });
  router.add("POST", all, Access::kSession, [s](Request& r) { return draft(s, r); });
  router.add("GET", one, Access::kSession, [s](Request& r) { return getCommunication(s, r); });
  router.add("PATCH", one, Access::kSession,
             live.announcing("communication", "communication", "communication.edit", [s](Request& r) { return update(s, r); }));
  router.add("POST", one + "/signatures", Access::kSession,
             live.announcing("communication", "communication", "communication.sign", [s, live](Request& r) { return sign(s, live, r); }));
  router.add("POST", one + "/read", Access::kSession, [s](Request& r) { return markCommunicationRead(s, r); });
}

}  // namespace accord::http
