#include "domain/dashboard/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

json dashboardJson(const domain::Dashboard& d, long long callerId) {
  json meetings = json::array();
  for (const auto& m : d.nextMeetings)
    meetings.push_back({{"body_id", m.bodyId},
                        {"body_name", m.bodyName},
                        {"series_id", m.seriesId},
                        {"date", m.date},
                        {"start", m.start},
                        {"location", m.location},
                        {"meeting_id", orNull(m.meetingId)},
                        {"agenda_items", m.agendaItems},
                        {"agenda_approved", m.agendaApproved},
                        {"my_approval_needed", m.myApprovalNeeded}});
  json steps = json::array();
  for (const auto& s : d.issuesByStep) steps.push_back({{"step", s.step}, {"count", s.count}});
  json stances = json::array();
  for (const auto& a : d.awaitingMyStance)
    stances.push_back({{"id", a.id},
                       {"title", a.title},
                       {"body_id", a.bodyId},
                       {"body_name", a.bodyName},
                       {"closes_at", a.closesAt}});
  json actions = json::array();
  for (const auto& a : d.overdueActions)
    actions.push_back({{"id", a.id},
                       {"title", a.title},
                       {"owner_id", a.ownerId},
                       {"owner_name", a.ownerName},
                       {"due_date", a.dueDate},
                       {"body_id", orNull(a.bodyId)},
                       {"mine", a.ownerId == callerId}});
  json charters = json::array();
  for (const auto& c : d.chartersToSign)
    charters.push_back(
        {{"body_id", c.bodyId}, {"body_name", c.bodyName}, {"version_id", c.versionId}, {"number", c.number}});
  auto refs = [](const std::vector<domain::CommunicationRef>& list) {
    json out = json::array();
    for (const auto& c : list) out.push_back({{"id", c.id}, {"title", c.title}});
    return out;
  };
  return {{"today", d.today},
          {"next_meetings", std::move(meetings)},
          {"issues_by_step", std::move(steps)},
          {"awaiting_my_stance", std::move(stances)},
          {"overdue_actions", std::move(actions)},
          {"charters_to_sign", std::move(charters)},
          {"communications_to_sign", refs(d.communicationsToSign)},
          {"unread_communications", refs(d.unreadCommunications)},
          {"handbook_to_read", d.handbookToRead ? json{{"since", *d.handbookToRead}} : json(nullptr)}};
}

Result<Response> getDashboard(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(auto dashboard, domain::getDashboard(s.store, *req.caller, district, nowSeconds()));
  return jsonResponse(200, dashboardJson(dashboard, req.caller->user.id));
}

}  // namespace

void addDashboardRoutes(Router& router, Services s) {
  router.add("GET", "/api/v1/districts/{district}/dashboard", Access::kSession,
             [s](Request& r) { return getDashboard(s, r); });
}

}  // namespace accord::http
