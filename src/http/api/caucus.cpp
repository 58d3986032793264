#include "domain/caucus/use_cases.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

json noteJson(const domain::CaucusNote& n) {
  return {{"id", n.id},
          {"body_id", n.bodyId},
          {"side", n.side},
          {"author_id", n.authorId},
          {"author_name", n.authorName},
          {"subject_type", n.subjectType},
          {"subject_id", n.subjectId},
          {"text", n.text},
          {"created_at", n.createdAt}};
}

Result<Response> addNote(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(json body, parseObject(req));
  domain::CaucusSubject subject;
  ACCORD_TRY(subject.type, requiredString(body, "subject_type"));
  ACCORD_TRY(auto id, optionalInteger(body, "subject_id"));
  if (!id) return invalid("subject_id", "is required");
  subject.id = *id;
  ACCORD_TRY(subject.bodyId, optionalInteger(body, "body_id"));
  ACCORD_TRY(auto text, requiredString(body, "text"));
  ACCORD_TRY(auto note, domain::addCaucusNote(s.store, *req.caller, district, subject, text, nowSeconds()));
  return jsonResponse(201, noteJson(note));
}

Result<Response> listNotes(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  domain::CaucusSubject subject;
  if (auto it = req.query.find("subject_type"); it != req.query.end()) subject.type = it->second;
  ACCORD_TRY(subject.id, queryId(req, "subject_id"));
  ACCORD_TRY(long long bodyId, queryId(req, "body"));
  if (bodyId) subject.bodyId = bodyId;
  ACCORD_TRY(auto notes,
             domain::listCaucusNotes(s.store, *req.caller, district, subject, page.cursor, page.limit));
  return jsonResponse(200, pageJson(notes, noteJson));
}

}  // namespace

void addCaucusRoutes(Router& router, Services s) {
  const std::string notes = "/api/v1/districts/{district}/caucus-notes";
  router.add("GET", notes, Access::kSession, [s](Request& r) { return listNotes(s, r); });
  router.add("POST", notes, Access::kSession, [s](Request& r) { return addNote(s, r); });
}

}  // namespace accord::http
