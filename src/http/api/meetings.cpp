#include <memory>

#include "domain/meeting/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"
#include "http/api/meeting_changes.hpp"

namespace accord::http {

namespace {

json seriesJson(const domain::MeetingSeries& s) {
  return {{"id", s.id},
          {"body_id", s.bodyId},
          {"title", s.title},
          {"start", s.start},
          {"time_zone", s.timeZone},
          {"duration_minutes", s.durationMinutes},
          {"location", s.location},
          {"frequency", s.frequency},
          {"until", orNull(s.until)},
          {"count", orNull(s.count)},
          {"cancelled", s.cancelled},
          {"created_by", s.createdBy},
          {"created_at", s.createdAt}};
}

json meetingJson(const domain::Meeting& m) {
  return {{"id", m.id},
          {"body_id", m.bodyId},
          {"series_id", m.seriesId},
          {"date", m.date},
          {"minutes", m.minutes},
          {"labor_approved_by", orNull(m.laborApprovedBy)},
          {"management_approved_by", orNull(m.managementApprovedBy)},
          {"agenda_approved", m.agendaApproved()},
          {"created_at", m.createdAt}};
}

json itemJson(const domain::AgendaItem& a) {
  return {{"id", a.id},
          {"meeting_id", a.meetingId},
          {"position", a.position},
          {"title", a.title},
          {"confidential", a.confidential},
          {"issue_id", orNull(a.issueId)},
          {"decision_id", orNull(a.decisionId)},
          {"action_id", orNull(a.actionId)},
          {"time_box_minutes", a.timeBoxMinutes},
          {"proposed_by", a.proposedBy},
          {"outcome", a.outcome.empty() ? json(nullptr) : json(a.outcome)},
          {"carried_from_id", orNull(a.carriedFromId)},
          {"created_at", a.createdAt}};
}

json attendanceJson(const domain::Attendance& a) {
  return {{"user_id", a.userId}, {"name", a.userName}, {"status", a.status}};
}

json itemsJson(const std::vector<domain::AgendaItem>& items) {
  json out = json::array();
  for (const auto& item : items) out.push_back(itemJson(item));
  return out;
}

struct MeetingPath {
  long long district = 0;
  long long body = 0;
  long long meeting = 0;
};
Result<MeetingPath> meetingPath(const Request& req) {
  MeetingPath p;
  ACCORD_TRY(p.district, pathId(req, "district", "district"));
  ACCORD_TRY(p.body, pathId(req, "body", "body"));
  ACCORD_TRY(p.meeting, pathId(req, "meeting", "meeting"));
  return p;
}

// A reference id: absent leaves it, null clears it (0 for the use case), else a positive id.
Result<std::optional<long long>> reference(const json& body, const char* field) {
  auto it = body.find(field);
  if (it == body.end()) return std::optional<long long>();
  if (it->is_null()) return std::optional<long long>(0);
  if (!it->is_number_integer() || it->get<long long>() < 1) return invalid(field, "must be an id or null");
  return std::optional<long long>(it->get<long long>());
}

Result<domain::AgendaItemInput> itemInput(const json& body) {
  domain::AgendaItemInput in;
  ACCORD_TRY(in.title, optionalString(body, "title"));
  ACCORD_TRY(in.timeBoxMinutes, optionalInteger(body, "time_box_minutes"));
  ACCORD_TRY(in.issueId, reference(body, "issue_id"));
  ACCORD_TRY(in.decisionId, reference(body, "decision_id"));
  ACCORD_TRY(in.actionId, reference(body, "action_id"));
  return in;
}

Result<Response> scheduleSeries(Services s, Request& req) {
  ACCORD_TRY(auto p, bodyPath(req));
  ACCORD_TRY(json body, parseObject(req));
  domain::SeriesInput in;
  ACCORD_TRY(in.title, optionalString(body, "title"));
  ACCORD_TRY(in.start, optionalString(body, "start"));
  ACCORD_TRY(in.timeZone, optionalString(body, "time_zone"));
  ACCORD_TRY(in.durationMinutes, optionalInteger(body, "duration_minutes"));
  ACCORD_TRY(in.location, optionalString(body, "location"));
  ACCORD_TRY(in.frequency, optionalString(body, "frequency"));
  ACCORD_TRY(in.until, optionalString(body, "until"));
  ACCORD_TRY(in.count, optionalInteger(body, "count"));
  ACCORD_TRY(auto series, domain::scheduleMeetingSeries(s.store, *req.caller, p.district, p.body, in, nowSeconds()));
  return jsonResponse(201, seriesJson(series));
}

Result<Response> listSeries(Services s, Request& req) {
  ACCORD_TRY(auto p, bodyPath(req));
  ACCORD_TRY(auto all, domain::listMeetingSeries(s.store, *req.caller, p.district, p.body));
  json items = json::array();
  for (const auto& series : all) items.push_back(seriesJson(series));
  return jsonResponse(200, {{"items", items}});
}

Result<Response> getSeries(Services s, Request& req) {
  ACCORD_TRY(auto p, bodyPath(req));
  ACCORD_TRY(long long series, pathId(req, "series", "meeting series"));
  ACCORD_TRY(auto page, pageQuery(req));
  std::optional<std::string> from;
  if (auto it = req.query.find("from"); it != req.query.end()) from = it->second;
  ACCORD_TRY(auto view, domain::getMeetingSeries(s.store, *req.caller, p.district, p.body, series, from, page.limit));
  json out = seriesJson(view.series);
  json occurrences = json::array();
  for (const auto& o : view.occurrences)
    occurrences.push_back({{"date", o.date}, {"cancelled", o.cancelled}, {"meeting_id", orNull(o.meetingId)}});
  out["occurrences"] = occurrences;
  return jsonResponse(200, out);
}

Result<Response> cancelOccurrence(Services s, Request& req) {
  ACCORD_TRY(auto p, bodyPath(req));
  ACCORD_TRY(long long series, pathId(req, "series", "meeting series"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(std::string date, requiredString(body, "date"));
  ACCORD_CHECK(domain::cancelOccurrence(s.store, *req.caller, p.district, p.body, series, date, nowSeconds()));
  return noContent();
}

Result<Response> openMeeting(Services s, Request& req) {
  ACCORD_TRY(auto p, bodyPath(req));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto series, optionalInteger(body, "series_id"));
  if (!series) return invalid("series_id", "is required");
  ACCORD_TRY(std::string date, requiredString(body, "date"));
  ACCORD_TRY(auto opened, domain::openMeeting(s.store, *req.caller, p.district, p.body, *series, date, nowSeconds()));
  return jsonResponse(opened.created ? 201 : 200, meetingJson(opened.meeting));
}

Result<Response> getMeeting(Services s, Request& req) {
  ACCORD_TRY(auto p, meetingPath(req));
  ACCORD_TRY(auto view, domain::getMeeting(s.store, *req.caller, p.district, p.body, p.meeting));
  json out = meetingJson(view.meeting);
  out["title"] = view.series.title;
  out["start"] = view.meeting.date + view.series.start.substr(10);
  out["time_zone"] = view.series.timeZone;
  out["duration_minutes"] = view.series.durationMinutes;
  out["location"] = view.series.location;
  out["agenda"] = itemsJson(view.agenda);
  json attendance = json::array();
  for (const auto& a : view.attendance) attendance.push_back(attendanceJson(a));
  out["attendance"] = attendance;
  return jsonResponse(200, out);
}

Result<Response> addItem(Services s, const MeetingChanges& live, Request& req) {
  ACCORD_TRY(auto p, meetingPath(req));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto in, itemInput(body));
  ACCORD_TRY(auto item, domain::addAgendaItem(s.store, *req.caller, p.district, p.body, p.meeting, in, nowSeconds()));
  live.published(p.meeting, "agenda.item.add");
  return jsonResponse(201, itemJson(item));
}

Result<Response> updateAgendaItem(Services s, const MeetingChanges& live, Request& req) {
  ACCORD_TRY(auto p, meetingPath(req));
  ACCORD_TRY(long long itemId, pathId(req, "item", "agenda item"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto in, itemInput(body));
  ACCORD_TRY(auto item, domain::updateAgendaItem(s.store, *req.caller, p.district, p.body, p.meeting, itemId, in,
                                                 nowSeconds()));
  live.published(p.meeting, "agenda.item.update");
  return jsonResponse(200, itemJson(item));
}

Result<Response> removeItem(Services s, const MeetingChanges& live, Request& req) {
  ACCORD_TRY(auto p, meetingPath(req));
  ACCORD_TRY(long long itemId, pathId(req, "item", "agenda item"));
  ACCORD_CHECK(domain::removeAgendaItem(s.store, *req.caller, p.district, p.body, p.meeting, itemId, nowSeconds()));
  live.published(p.meeting, "agenda.item.remove");
  return noContent();
}

Result<Response> reorderAgenda(Services s, const MeetingChanges& live, Request& req) {
  ACCORD_TRY(auto p, meetingPath(req));
  ACCORD_TRY(json body, parseObject(req));
  auto it = body.find("item_ids");
  if (it == body.end() || !it->is_array()) return invalid("item_ids", "must be a list of the agenda's item ids");
  std::vector<long long> ids;
  for (const auto& id : *it) {
    if (!id.is_number_integer()) return invalid("item_ids", "must be a list of the agenda's item ids");
    ids.push_back(id.get<long long>());
  }
  ACCORD_TRY(auto items,
             domain::reorderAgenda(s.store, *req.caller, p.district, p.body, p.meeting, ids, nowSeconds()));
  live.published(p.meeting, "agenda.reorder");
  return jsonResponse(200, {{"items", itemsJson(items)}});
}

Result<Response> approveAgenda(Services s, const MeetingChanges& live, const SubjectChanges& people, Request& req) {
  ACCORD_TRY(auto p, meetingPath(req));
  std::vector<long long> notified;
  ACCORD_TRY(auto meeting,
             domain::approveAgenda(s.store, *req.caller, p.district, p.body, p.meeting, nowSeconds(), &notified));
  live.published(p.meeting, "agenda.approve");
  people.notified(notified);
  return jsonResponse(200, meetingJson(meeting));
}

Result<Response> recordOutcome(Services s, const MeetingChanges& live, Request& req) {
  ACCORD_TRY(auto p, meetingPath(req));
  ACCORD_TRY(long long itemId, pathId(req, "item", "agenda item"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(std::string outcome, requiredString(body, "outcome"));
  ACCORD_TRY(auto item, domain::recordOutcome(s.store, *req.caller, p.district, p.body, p.meeting, itemId, outcome,
                                              nowSeconds()));
  live.published(p.meeting, "agenda.item.outcome");
  return jsonResponse(200, itemJson(item));
}

Result<Response> recordAttendance(Services s, const MeetingChanges& live, Request& req) {
  ACCORD_TRY(auto p, meetingPath(req));
  domain::Attendance in;
  ACCORD_TRY(in.userId, pathId(req, "user", "member"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(in.status, requiredString(body, "status"));
  ACCORD_TRY(auto attendance,
             domain::recordAttendance(s.store, *req.caller, p.district, p.body, p.meeting, in, nowSeconds()));
  live.published(p.meeting, "attendance");
  return jsonResponse(200, attendanceJson(attendance));
}

Result<Response> writeMinutes(Services s, const MeetingChanges& live, Request& req) {
  ACCORD_TRY(auto p, meetingPath(req));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(std::string minutes, requiredString(body, "minutes"));
  ACCORD_TRY(auto meeting,
             domain::writeMinutes(s.store, *req.caller, p.district, p.body, p.meeting, minutes, nowSeconds()));
  live.published(p.meeting, "minutes");
  return jsonResponse(200, meetingJson(meeting));
}

// Server-sent events: an `open` event once the viewer is subscribed, then a `change` event for
// each committed write to the meeting, and a comment line as heartbeat.
Result<Response> meetingEvents(Services s, const MeetingChanges& live, Request& req) {
  ACCORD_TRY(auto p, meetingPath(req));
  ACCORD_CHECK(domain::watchMeeting(s.store, *req.caller, p.district, p.body, p.meeting));
  return liveStream(live.hub(), p.meeting, live.streams(), req.caller->user.id, json{{"meeting_id", p.meeting}});
}

Result<Response> createCalendarFeed(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_TRY(std::string token, domain::createCalendarFeed(s.store, *req.caller, district, nowSeconds()));
  return jsonResponse(201, {{"url", s.config.publicUrl + "/api/v1/calendar/" + token + ".ics"}});
}

Result<Response> revokeCalendarFeed(Services s, Request& req) {
  ACCORD_TRY(long long district, pathId(req, "district", "district"));
  ACCORD_CHECK(domain::revokeCalendarFeed(s.store, *req.caller, district, nowSeconds()));
  return noContent();
}

Result<Response> calendarFeed(Services s, Request& req) {
  ACCORD_TRY(std::string calendar, domain::readCalendarFeed(s.store, req.params["token"], nowSeconds()));
  Response r;
  r.body = std::move(calendar);
  r.with("Content-Type", "text/calendar; charset=utf-8");
  r.with("Content-Disposition", "inline; filename=\"meetings.ics\"");
  return r;
}

}  // namespace

void addMeetingRoutes(Router& router, Services s, MeetingChanges live, SubjectChanges people) {
  const std::string meetings = "/api/v1/districts/{district}/bodies/{body}/meetings";
  const std::string series = meetings + "/series";
  const std::string meeting = meetings + "/{meeting}";
  const auto session = Access::kSession;
  router.add("GET", series, session, [s](Request& r) { return listSeries(s, r); });
  router.add("POST", series, session, [s](Request& r) { return scheduleSeries(s, r); });
  router.add("GET", series + "/{series}", session, [s](Request& r) { return getSeries(s, r); });
  router.add("POST", series + "/{series}/cancellations", session, [s](Request& r) { return cancelOccurrence(s, r); });
  router.add("POST", meetings, session, [s](Request& r) { return openMeeting(s, r); });
  router.add("GET", meeting, session, [s](Request& r) { return getMeeting(s, r); });
  router.add("POST", meeting + "/agenda", session, [s, live](Request& r) { return addItem(s, live, r); });
  router.add("PUT", meeting + "/agenda/order", session, [s, live](Request& r) { return reorderAgenda(s, live, r); });
  router.add("PATCH", meeting + "/agenda/{item}", session, [s, live](Request& r) { return updateAgendaItem(s, live, r); });
  router.add("DELETE", meeting + "/agenda/{item}", session, [s, live](Request& r) { return removeItem(s, live, r); });
  router.add("PUT", meeting + "/agenda/{item}/outcome", session,
             [s, live](Request& r) { return recordOutcome(s, live, r); });
  router.add("POST", meeting + "/approvals", session, [s, live, people](Request& r) { return approveAgenda(s, live, people, r); });
  router.add("PUT", meeting + "/attendance/{user}", session,
             [s, live](Request& r) { return recordAttendance(s, live, r); });
  router.add("PUT", meeting + "/minutes", session, [s, live](Request& r) { return writeMinutes(s, live, r); });
  router.add("GET", meeting + "/events", session, [s, live](Request& r) { return meetingEvents(s, live, r); });
  const std::string feed = "/api/v1/districts/{district}/me/calendar-feed";
  router.add("POST", feed, session, [s](Request& r) { return createCalendarFeed(s, r); });
  router.add("DELETE", feed, session, [s](Request& r) { return revokeCalendarFeed(s, r); });
  // Public: calendar programs cannot sign in; the secret address is the credential.
  router.add("GET", "/api/v1/calendar/{token}.ics", Access::kPublic, [s](Request& r) { return calendarFeed(s, r); });
}

}  // namespace accord::http
