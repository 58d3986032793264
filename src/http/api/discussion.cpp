#include "domain/discussion/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

json commentJson(const domain::Comment& c) {
  json mentions = json::array();
  for (const auto& m : c.mentions) mentions.push_back({{"user_id", m.userId}, {"name", m.name}});
  json out = {{"id", c.id},
              {"body_id", c.bodyId},
              {"subject_type", c.subjectType},
              {"subject_id", c.subjectId},
              {"author_id", c.authorId},
              {"author_name", c.authorName},
              {"text", c.text},
              {"mentions", mentions},
              {"created_at", c.createdAt},
              {"edited_at", orNull(c.editedAt)},
              {"deleted_at", orNull(c.deletedAt)},
              {"deleted_by_name", c.deleted() ? json(c.deletedByName) : json(nullptr)}};
  return out;
}

Result<domain::CommentSubject> subjectOfQuery(Request& req) {
  domain::CommentSubject subject;
  if (auto it = req.query.find("subject_type"); it != req.query.end()) subject.type = it->second;
  ACCORD_TRY(subject.id, queryId(req, "subject_id"));
  return subject;
}

Result<Response> listComments(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  ACCORD_TRY(auto subject, subjectOfQuery(req));
  ACCORD_TRY(auto comments, domain::listComments(s.store, *req.caller, district, subject, page.cursor, page.limit));
  return jsonResponse(200, pageJson(comments, commentJson));
}

Result<Response> post(Services s, const SubjectChanges& live, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(json body, parseObject(req));
  domain::NewComment in;
  ACCORD_TRY(in.subject.type, requiredString(body, "subject_type"));
  ACCORD_TRY(auto id, optionalInteger(body, "subject_id"));
  if (!id) return invalid("subject_id", "is required");
  in.subject.id = *id;
  ACCORD_TRY(in.text, requiredString(body, "text"));
  ACCORD_TRY(in.mentions, optionalIdList(body, "mentions"));
  std::vector<long long> notified;
  ACCORD_TRY(auto comment, domain::postComment(s.store, *req.caller, district, in, nowSeconds(), &notified));
  live.published(comment.subjectType, comment.subjectId, "comment.post");
  live.notified(notified);
  return jsonResponse(201, commentJson(comment));
}

Result<Response> edit(Services s, const SubjectChanges& live, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long id, pathId(req, "comment", "comment"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto text, requiredString(body, "text"));
  ACCORD_TRY(auto mentions, optionalIdList(body, "mentions"));
  std::vector<long long> notified;
  ACCORD_TRY(auto comment,
             domain::editComment(s.store, *req.caller, district, id, text, mentions, nowSeconds(), &notified));
  live.published(comment.subjectType, comment.subjectId, "comment.edit");
  live.notified(notified);
  return jsonResponse(200, commentJson(comment));
}

Result<Response> remove(Services s, const SubjectChanges& live, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long id, pathId(req, "comment", "comment"));
  ACCORD_TRY(auto comment, domain::deleteComment(s.store, *req.caller, district, id, nowSeconds()));
  live.published(comment.subjectType, comment.subjectId, "comment.delete");
  return jsonResponse(200, commentJson(comment));
}

// What an open issue, proposal, meeting or communication page follows: each committed change to
// the subject or its discussion, as server-sent events.
Result<Response> follow(Services s, const SubjectChanges& live, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto subject, subjectOfQuery(req));
  ACCORD_CHECK(domain::watchDiscussion(s.store, *req.caller, district, subject));
  return live.stream(subject.type, subject.id, req.caller->user.id);
}

}  // namespace

void addDiscussionRoutes(Router& router, Services s, SubjectChanges live) {
  const std::string comments = "/api/v1/districts/{district}/comments";
  const auto session = Access::kSession;
  router.add("GET", comments, session, [s](Request& r) { return listComments(s, r); });
  router.add("POST", comments, session, [s, live](Request& r) { return post(s, live, r); });
  router.add("PATCH", comments + "/{comment}", session, [s, live](Request& r) { return edit(s, live, r); });
  router.add("DELETE", comments + "/{comment}", session, [s, live](Request& r) { return remove(s, live, r); });
  router.add("GET", "/api/v1/districts/{district}/live", session, [s, live](Request& r) { return follow(s, live, r); });
}

}  // namespace accord::http
