#include "domain/dashboard/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

Response dashboardResponse(const domain::Dashboard& d, long long callerId) {
  JsonWriter w;
  w.open().field("today", d.today).key("next_meetings").openArray();
  for (const auto& m : d.nextMeetings)
    w.open()
        .field("body_id", m.bodyId)
        .field("body_name", m.bodyName)
        .field("series_id", m.seriesId)
        .field("date", m.date)
        .field("start", m.start)
        .field("location", m.location)
        .field("meeting_id", m.meetingId)
        .field("agenda_items", m.agendaItems)
        .field("agenda_approved", m.agendaApproved)
        .field("my_approval_needed", m.myApprovalNeeded)
        .close();
  w.closeArray().key("issues_by_step").openArray();
  for (const auto& s : d.issuesByStep) w.open().field("step", s.step).field("count", s.count).close();
  w.closeArray().key("awaiting_my_stance").openArray();
  for (const auto& a : d.awaitingMyStance)
    w.open()
        .field("id", a.id)
        .field("title", a.title)
        .field("body_id", a.bodyId)
        .field("body_name", a.bodyName)
        .field("closes_at", a.closesAt)
        .close();
  w.closeArray().key("ready_requests").openArray();
  for (const auto& r : d.readyRequests)
    w.open()
        .field("issue_id", r.issueId)
        .field("title", r.title)
        .field("step", r.step)
        .field("body_id", r.bodyId)
        .field("body_name", r.bodyName)
        .field("ready_side", r.readySide)
        .field("ready_name", r.readyName)
        .field("ready_at", r.readyAt)
        .close();
  w.closeArray().key("overdue_actions").openArray();
  for (const auto& a : d.overdueActions)
    w.open()
        .field("id", a.id)
        .field("title", a.title)
        .field("owner_id", a.ownerId)
        .field("owner_name", a.ownerName)
        .field("due_date", a.dueDate)
        .field("body_id", a.bodyId)
        .field("mine", a.ownerId == callerId)
        .close();
  w.closeArray().key("charters_to_sign").openArray();
  for (const auto& c : d.chartersToSign)
    w.open()
        .field("body_id", c.bodyId)
        .field("body_name", c.bodyName)
        .field("version_id", c.versionId)
        .field("number", c.number)
        .close();
  w.closeArray();
  for (auto [name, list] : {std::pair{Name("communications_to_sign"), &d.communicationsToSign},
                            std::pair{Name("unread_communications"), &d.unreadCommunications}}) {
    w.key(name).openArray();
    for (const auto& c : *list) w.open().field("id", c.id).field("title", c.title).close();
    w.closeArray();
  }
  w.key("handbook_to_read");
  if (d.handbookToRead)
    w.open().field("since", *d.handbookToRead).close();
  else
    w.value(nullptr);
  w.close();
  return jsonResponse(200, std::move(w));
}

Result<Response> getDashboard(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto dashboard, domain::getDashboard(s.store, *req.caller, district, nowSeconds()));
  return dashboardResponse(dashboard, req.caller->user.id);
}

}  // namespace

void addDashboardRoutes(Router& router, Services s) {
  router.add("GET", "/api/v1/districts/{district}/dashboard", Access::kSession,
             [s](Request& r) { return getDashboard(s, r); });
}

}  // namespace accord::http
