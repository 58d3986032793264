#include <charconv>

#include "common/calendar_date.hpp"
#include "domain/action/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

// A link that the body may set (an id), clear (null) or leave alone (absent).
Result<domain::LinkChange> linkChange(const json& body, const char* field) {
  auto it = body.find(field);
  if (it == body.end()) return domain::LinkChange();
  if (it->is_null()) return domain::LinkChange(std::optional<long long>());
  if (!it->is_number_integer()) return invalid(field, "must be a whole number or null");
  return domain::LinkChange(std::optional<long long>(it->get<long long>()));
}

Result<domain::ActionInput> actionInput(const json& body) {
  domain::ActionInput in;
  ACCORD_TRY(in.title, optionalString(body, "title"));
  ACCORD_TRY(in.ownerId, optionalInteger(body, "owner_id"));
  ACCORD_TRY(in.dueDate, optionalString(body, "due_date"));
  ACCORD_TRY(in.status, optionalString(body, "status"));
  ACCORD_TRY(in.bodyId, linkChange(body, "body_id"));
  ACCORD_TRY(in.meetingId, linkChange(body, "meeting_id"));
  ACCORD_TRY(in.issueId, linkChange(body, "issue_id"));
  ACCORD_TRY(in.decisionId, linkChange(body, "decision_id"));
  return in;
}

void writeActionItem(JsonWriter& w, const domain::ActionItem& a, const std::string& today) {
  w.open()
      .field("id", a.id)
      .field("district_id", a.districtId)
      .field("title", a.title)
      .field("owner_id", a.ownerId)
      .field("owner_name", a.ownerName)
      .field("due_date", a.dueDate)
      .field("status", a.status)
      .field("overdue", domain::isOverdue(a, today))
      .field("body_id", a.bodyId)
      .field("meeting_id", a.meetingId)
      .field("issue_id", a.issueId)
      .field("decision_id", a.decisionId)
      .field("created_by", a.createdBy)
      .field("created_at", a.createdAt)
      .field("updated_at", a.updatedAt)
      .close();
}

Response actionItemResponse(int status, const domain::ActionItem& a, UnixSeconds now) {
  JsonWriter w;
  writeActionItem(w, a, isoDateOf(now));
  return jsonResponse(status, std::move(w));
}

Result<long long> queryId(const std::string& text, const char* field) {
  long long id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || id < 1) return invalid(field, "must be a positive id");
  return id;
}

Result<domain::ActionFilter> actionFilter(const Request& req, long long callerId, const std::string& today) {
  domain::ActionFilter filter;
  if (auto it = req.query.find("body"); it != req.query.end()) {
    ACCORD_TRY(filter.bodyId, queryId(it->second, "body"));
  }
  if (auto it = req.query.find("owner"); it != req.query.end()) {
    if (it->second == "me") filter.ownerId = callerId;
    else {
      ACCORD_TRY(filter.ownerId, queryId(it->second, "owner"));
    }
  }
  if (auto it = req.query.find("decision"); it != req.query.end()) {
    ACCORD_TRY(filter.decisionId, queryId(it->second, "decision"));
  }
  if (auto it = req.query.find("status"); it != req.query.end()) {
    if (!domain::isActionStatus(it->second)) return invalid("status", "must be open, in_progress, done or dropped");
    filter.status = it->second;
  }
  ACCORD_TRY(bool overdue, queryFlag(req, "overdue"));
  if (overdue) filter.overdueOn = today;
  return filter;
}

Result<Response> listItems(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto page, pageQuery(req));
  std::string today = isoDateOf(nowSeconds());
  ACCORD_TRY(auto filter, actionFilter(req, req.caller->user.id, today));
  ACCORD_TRY(auto items, domain::listActionItems(s.store, *req.caller, district, filter, page.cursor, page.limit));
  auto write = [&](JsonWriter& w, const domain::ActionItem& a) { writeActionItem(w, a, today); };
  return jsonResponse(200, pageWriter(items, write));
}

Result<Response> createItem(Services s, const MeetingChanges& meetings, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, actionInput(body));
  UnixSeconds now = nowSeconds();
  ACCORD_TRY(auto item, domain::createActionItem(s.store, *req.caller, district, input, now));
  if (item.meetingId) meetings.published(*item.meetingId, "action.add");
  return actionItemResponse(201, item, now);
}

Result<Response> getItem(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long id, pathId(req, "item", "action item"));
  ACCORD_TRY(auto item, domain::getActionItem(s.store, *req.caller, district, id));
  return actionItemResponse(200, item, nowSeconds());
}

Result<Response> updateItem(Services s, const MeetingChanges& meetings, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(long long id, pathId(req, "item", "action item"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, actionInput(body));
  UnixSeconds now = nowSeconds();
  ACCORD_TRY(auto item, domain::updateActionItem(s.store, *req.caller, district, id, input, now));
  if (item.meetingId) meetings.published(*item.meetingId, "action.update");
  return actionItemResponse(200, item, now);
}

}  // namespace

void addActionItemRoutes(Router& router, Services s, MeetingChanges meetings) {
  const std::string items = "/api/v1/districts/{district}/action-items";
  router.add("GET", items, Access::kSession, [s](Request& r) { return listItems(s, r); });
  router.add("POST", items, Access::kSession, [s, meetings](Request& r) { return createItem(s, meetings, r); });
  router.add("GET", items + "/{item}", Access::kSession, [s](Request& r) { return getItem(s, r); });
  router.add("PATCH", items + "/{item}", Access::kSession,
             [s, meetings](Request& r) { return updateItem(s, meetings, r); });
}

}  // namespace accord::http
