#include "common/calendar_date.hpp"
#include "domain/event/use_cases.hpp"
#include "http/api/render.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

json eventJson(const domain::Event& e) {
  return {{"id", e.id},
          {"title", e.title},
          {"kind", e.kind},
          {"starts_on", e.startsOn},
          {"ends_on", e.endsOn},
          {"place", e.place},
          {"description", e.description},
          {"team_capacity", e.teamCapacity},
          {"pledge", e.pledge},
          {"registration_open", e.registrationOpen},
          {"created_at", e.createdAt},
          {"updated_at", e.updatedAt}};
}

json organizersJson(const std::vector<domain::Organizer>& organizers) {
  json out = json::array();
  for (const auto& o : organizers) out.push_back({{"user_id", o.userId}, {"name", o.name}, {"email", o.email}});
  return out;
}

json sessionJson(const domain::EventSession& s) {
  json presenters = json::array();
  for (const auto& p : s.presenters) presenters.push_back({{"district_id", p.districtId}, {"name", p.name}});
  return {{"id", s.id}, {"title", s.title}, {"starts_at", s.startsAt}, {"room", s.room}, {"presenters", presenters}};
}

json teamJson(const domain::Team& t) {
  json members = json::array();
  for (const auto& m : t.members)
    members.push_back({{"user_id", m.userId},
                       {"name", m.name},
                       {"role", m.role},
                       {"side", m.side},
                       {"signed_at", orNull(m.signedAt)}});
  return {{"id", t.id},
          {"event_id", t.eventId},
          {"district_id", t.districtId},
          {"district_name", t.districtName},
          {"status", t.status},
          {"waitlist_position", t.waitlistPosition ? json(t.waitlistPosition) : json(nullptr)},
          {"fully_signed", t.fullySigned()},
          {"members", members},
          {"created_at", t.createdAt}};
}

json goalJson(const domain::PlanGoal& g) {
  return {{"id", g.id},
          {"text", g.text},
          {"owner_id", g.ownerId},
          {"owner_name", g.ownerName},
          {"due_date", g.dueDate},
          {"action_item_id", orNull(g.actionItemId)}};
}

json checkInJson(const domain::CheckIn& c) {
  json progress = json::array();
  for (const auto& p : c.progress) progress.push_back({{"goal_id", p.goalId}, {"status", p.status}, {"note", p.note}});
  return {{"id", c.id},
          {"milestone", c.milestone},
          {"reported_by", c.reportedBy},
          {"reporter_name", c.reporterName},
          {"reported_at", c.reportedAt},
          {"progress", progress}};
}

json checkInStatusJson(const domain::CheckInStatus& s) {
  return {{"milestone", s.milestone}, {"due_on", s.dueOn}, {"state", s.state}, {"reported_at", orNull(s.reportedAt)}};
}

json listJson(const json& items) { return {{"items", items}}; }

Result<domain::EventInput> eventInput(const json& body) {
  domain::EventInput in;
  ACCORD_TRY(in.title, optionalString(body, "title"));
  ACCORD_TRY(in.kind, optionalString(body, "kind"));
  ACCORD_TRY(in.startsOn, optionalString(body, "starts_on"));
  ACCORD_TRY(in.endsOn, optionalString(body, "ends_on"));
  ACCORD_TRY(in.place, optionalString(body, "place"));
  ACCORD_TRY(in.description, optionalString(body, "description"));
  ACCORD_TRY(in.teamCapacity, optionalInteger(body, "team_capacity"));
  ACCORD_TRY(in.pledge, optionalString(body, "pledge"));
  if (body.contains("registration_open")) {
    ACCORD_TRY(in.registrationOpen, optionalBool(body, "registration_open", true));
  }
  return in;
}

// A list of positive ids; empty when absent.
Result<std::vector<long long>> idList(const json& body, const char* field) {
  std::vector<long long> out;
  if (!body.contains(field) || body[field].is_null()) return out;
  const json& list = body[field];
  if (!list.is_array()) return invalid(field, "must be a list of ids");
  for (const auto& id : list) {
    if (!id.is_number_integer() || id.get<long long>() < 1) return invalid(field, "must be a list of ids");
    out.push_back(id.get<long long>());
  }
  return out;
}

// ?on=YYYY-MM-DD, else today.
std::string onDate(const Request& req) {
  if (auto it = req.query.find("on"); it != req.query.end()) return it->second;
  return isoDateOf(nowSeconds());
}

Result<Response> listEvents(Services s, Request& req) {
  ACCORD_TRY(auto events, domain::listEvents(s.store, *req.caller));
  json items = json::array();
  for (const auto& e : events) items.push_back(eventJson(e));
  return jsonResponse(200, listJson(items));
}

Result<Response> createEvent(Services s, Request& req) {
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, eventInput(body));
  ACCORD_TRY(auto emails, optionalStringList(body, "organizer_emails"));
  ACCORD_TRY(auto event, domain::createEvent(s.store, *req.caller, input, emails.value_or(std::vector<std::string>{}),
                                             nowSeconds()));
  return jsonResponse(201, eventJson(event));
}

Result<Response> getEvent(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(auto view, domain::getEvent(s.store, *req.caller, id));
  json out = eventJson(view.role.event);
  out["organizers"] = organizersJson(view.organizers);
  json sessions = json::array();
  for (const auto& session : view.sessions) sessions.push_back(sessionJson(session));
  out["sessions"] = sessions;
  out["registered_teams"] = view.registered;
  out["waitlisted_teams"] = view.waitlisted;
  json mine = json::array();
  for (const auto& t : view.myTeams) mine.push_back(teamJson(t));
  out["my_teams"] = mine;
  out["may_manage"] = view.role.mayManage();
  out["is_organizer"] = view.role.organizer;
  return jsonResponse(200, out);
}

Result<Response> updateEvent(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, eventInput(body));
  ACCORD_TRY(auto event, domain::updateEvent(s.store, *req.caller, id, input, nowSeconds()));
  return jsonResponse(200, eventJson(event));
}

Result<Response> addOrganizer(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto email, requiredString(body, "email"));
  ACCORD_TRY(auto organizers, domain::addOrganizer(s.store, *req.caller, id, email, nowSeconds()));
  return jsonResponse(201, listJson(organizersJson(organizers)));
}

Result<Response> removeOrganizer(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(long long user, pathId(req, "user", "organizer"));
  ACCORD_TRY(auto organizers, domain::removeOrganizer(s.store, *req.caller, id, user, nowSeconds()));
  return jsonResponse(200, listJson(organizersJson(organizers)));
}

Result<domain::SessionInput> sessionInput(const json& body) {
  domain::SessionInput in;
  ACCORD_TRY(in.title, optionalString(body, "title"));
  ACCORD_TRY(in.startsAt, optionalString(body, "starts_at"));
  ACCORD_TRY(in.room, optionalString(body, "room"));
  if (body.contains("presenting_district_ids")) {
    ACCORD_TRY(in.presentingDistrictIds, idList(body, "presenting_district_ids"));
  }
  return in;
}

Result<Response> addSession(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, sessionInput(body));
  ACCORD_TRY(auto session, domain::addSession(s.store, *req.caller, id, input, nowSeconds()));
  return jsonResponse(201, sessionJson(session));
}

Result<Response> updateSession(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(long long sessionId, pathId(req, "session", "session"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, sessionInput(body));
  ACCORD_TRY(auto session, domain::updateSession(s.store, *req.caller, id, sessionId, input, nowSeconds()));
  return jsonResponse(200, sessionJson(session));
}

Result<Response> removeSession(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(long long sessionId, pathId(req, "session", "session"));
  ACCORD_CHECK(domain::removeSession(s.store, *req.caller, id, sessionId, nowSeconds()));
  return noContent();
}

Result<Response> registerTeam(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(json body, parseObject(req));
  domain::TeamRegistration input;
  ACCORD_TRY(auto district, optionalInteger(body, "district_id"));
  if (!district) return invalid("district_id", "is required");
  input.districtId = *district;
  ACCORD_TRY(input.memberIds, idList(body, "member_ids"));
  ACCORD_TRY(auto team, domain::registerTeam(s.store, *req.caller, id, input, nowSeconds()));
  return jsonResponse(201, teamJson(team));
}

Result<Response> getTeam(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(long long teamId, pathId(req, "team", "team"));
  ACCORD_TRY(auto view, domain::getTeam(s.store, *req.caller, id, teamId));
  json out = teamJson(view.access.team);
  json goals = json::array();
  for (const auto& g : view.goals) goals.push_back(goalJson(g));
  out["goals"] = goals;
  json checkIns = json::array();
  for (const auto& c : view.checkIns) checkIns.push_back(checkInJson(c));
  out["check_ins"] = checkIns;
  json schedule = json::array();
  for (int milestone : domain::kCheckInMilestones)
    schedule.push_back(
        {{"milestone", milestone}, {"due_on", domain::checkInDueOn(view.access.role.event.endsOn, milestone)}});
  out["check_in_schedule"] = schedule;
  out["on_team"] = view.access.onTeam();
  out["may_work"] = view.access.mayWork();
  return jsonResponse(200, out);
}

Result<Response> withdrawTeam(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(long long teamId, pathId(req, "team", "team"));
  ACCORD_TRY(auto team, domain::withdrawTeam(s.store, *req.caller, id, teamId, nowSeconds()));
  return jsonResponse(200, teamJson(team));
}

Result<Response> signPledge(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(long long teamId, pathId(req, "team", "team"));
  std::optional<long long> onBehalfOf;
  if (!req.body.empty()) {
    ACCORD_TRY(json body, parseObject(req));
    ACCORD_TRY(onBehalfOf, optionalInteger(body, "user_id"));
  }
  ACCORD_TRY(auto team, domain::signPledge(s.store, *req.caller, id, teamId, onBehalfOf, nowSeconds()));
  return jsonResponse(200, teamJson(team));
}

Result<domain::GoalInput> goalInput(const json& body) {
  domain::GoalInput in;
  ACCORD_TRY(in.text, optionalString(body, "text"));
  ACCORD_TRY(in.ownerId, optionalInteger(body, "owner_id"));
  ACCORD_TRY(in.dueDate, optionalString(body, "due_date"));
  return in;
}

Result<Response> addGoal(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(long long teamId, pathId(req, "team", "team"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, goalInput(body));
  ACCORD_TRY(auto goal, domain::addPlanGoal(s.store, *req.caller, id, teamId, input, nowSeconds()));
  return jsonResponse(201, goalJson(goal));
}

Result<Response> updateGoal(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(long long teamId, pathId(req, "team", "team"));
  ACCORD_TRY(long long goalId, pathId(req, "goal", "goal"));
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto input, goalInput(body));
  ACCORD_TRY(auto goal, domain::updatePlanGoal(s.store, *req.caller, id, teamId, goalId, input, nowSeconds()));
  return jsonResponse(200, goalJson(goal));
}

Result<Response> removeGoal(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(long long teamId, pathId(req, "team", "team"));
  ACCORD_TRY(long long goalId, pathId(req, "goal", "goal"));
  ACCORD_CHECK(domain::removePlanGoal(s.store, *req.caller, id, teamId, goalId, nowSeconds()));
  return noContent();
}

Result<Response> bringHome(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(long long teamId, pathId(req, "team", "team"));
  std::optional<long long> bodyId;
  if (!req.body.empty()) {
    ACCORD_TRY(json body, parseObject(req));
    ACCORD_TRY(bodyId, optionalInteger(body, "body_id"));
  }
  ACCORD_TRY(auto goals, domain::bringPlanHome(s.store, *req.caller, id, teamId, bodyId, nowSeconds()));
  json items = json::array();
  for (const auto& g : goals) items.push_back(goalJson(g));
  return jsonResponse(200, listJson(items));
}

Result<Response> reportCheckIn(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(long long teamId, pathId(req, "team", "team"));
  ACCORD_TRY(json body, parseObject(req));
  domain::CheckInInput input;
  ACCORD_TRY(auto milestone, optionalInteger(body, "milestone"));
  if (!milestone) return invalid("milestone", "is required");
  input.milestone = *milestone;
  if (!body.contains("progress") || !body["progress"].is_array())
    return invalid("progress", "must be a list of each goal's status and note");
  for (const auto& entry : body["progress"]) {
    if (!entry.is_object()) return invalid("progress", "must be a list of each goal's status and note");
    domain::GoalProgress p;
    ACCORD_TRY(auto goal, optionalInteger(entry, "goal_id"));
    if (!goal) return invalid("progress", "each entry names its goal_id");
    p.goalId = *goal;
    ACCORD_TRY(auto status, optionalString(entry, "status"));
    p.status = status.value_or("");
    ACCORD_TRY(auto note, optionalString(entry, "note"));
    p.note = note.value_or("");
    input.progress.push_back(std::move(p));
  }
  ACCORD_TRY(auto checkIn, domain::reportCheckIn(s.store, *req.caller, id, teamId, input, nowSeconds()));
  return jsonResponse(201, checkInJson(checkIn));
}

Result<Response> dashboard(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  std::string on = onDate(req);
  ACCORD_TRY(auto rows, domain::getEventDashboard(s.store, *req.caller, id, on));
  json teams = json::array();
  for (const auto& row : rows) {
    json team = teamJson(row.team);
    team["goals"] = row.goals;
    team["brought_home"] = row.broughtHome;
    json checkIns = json::array();
    for (const auto& c : row.checkIns) checkIns.push_back(checkInStatusJson(c));
    team["check_ins"] = checkIns;
    teams.push_back(team);
  }
  return jsonResponse(200, {{"on", on}, {"teams", teams}});
}

Result<Response> checkInsDue(Services s, Request& req) {
  std::string on = onDate(req);
  ACCORD_TRY(auto due, domain::listCheckInsDue(s.store, *req.caller, on));
  json items = json::array();
  for (const auto& d : due) {
    json item = checkInStatusJson(d.checkIn);
    item["event_id"] = d.event.id;
    item["event_title"] = d.event.title;
    item["team_id"] = d.team.id;
    item["district_id"] = d.team.districtId;
    item["district_name"] = d.team.districtName;
    items.push_back(item);
  }
  return jsonResponse(200, {{"on", on}, {"items", items}});
}

Result<Response> answerSurvey(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(json body, parseObject(req));
  domain::EventSurveyResponse response;
  if (!body.contains("answers") || !body["answers"].is_object())
    return invalid("answers", "must map each item to a number from 1 to 5");
  for (const auto& [item, value] : body["answers"].items()) {
    if (!value.is_number_integer()) return invalid("answers", "each answer is a whole number from 1 to 5");
    long long v = value.get<long long>();
    response.answers[item] = v < 0 || v > 5 ? 0 : static_cast<int>(v);
  }
  ACCORD_TRY(auto comment, optionalString(body, "comment"));
  response.comment = comment.value_or("");
  ACCORD_CHECK(domain::answerEventSurvey(s.store, *req.caller, id, response, isoDateOf(nowSeconds())));
  return jsonResponse(201, {{"answered", true}});
}

Result<Response> surveyResults(Services s, Request& req) {
  ACCORD_TRY(long long id, pathId(req, "event", "event"));
  ACCORD_TRY(auto results, domain::getEventSurveyResults(s.store, *req.caller, id, isoDateOf(nowSeconds())));
  json items = json::array();
  for (const auto& item : results.items)
    items.push_back({{"item", item.item}, {"average", item.average}, {"counts", item.counts}});
  return jsonResponse(200, {{"status", results.status},
                            {"closes_on", results.closesOn},
                            {"responses", results.responses},
                            {"minimum", results.minimum},
                            {"shown", results.shown},
                            {"items", items},
                            {"comments", results.comments}});
}

}  // namespace

void addEventRoutes(Router& router, Services s) {
  const auto session = Access::kSession;
  const std::string events = "/api/v1/events";
  const std::string event = events + "/{event}";
  const std::string team = event + "/teams/{team}";
  router.add("GET", events, session, [s](Request& r) { return listEvents(s, r); });
  router.add("POST", events, session, [s](Request& r) { return createEvent(s, r); });
  router.add("GET", event, session, [s](Request& r) { return getEvent(s, r); });
  router.add("PATCH", event, session, [s](Request& r) { return updateEvent(s, r); });
  router.add("POST", event + "/organizers", session, [s](Request& r) { return addOrganizer(s, r); });
  router.add("DELETE", event + "/organizers/{user}", session, [s](Request& r) { return removeOrganizer(s, r); });
  router.add("POST", event + "/sessions", session, [s](Request& r) { return addSession(s, r); });
  router.add("PATCH", event + "/sessions/{session}", session, [s](Request& r) { return updateSession(s, r); });
  router.add("DELETE", event + "/sessions/{session}", session, [s](Request& r) { return removeSession(s, r); });
  router.add("POST", event + "/teams", session, [s](Request& r) { return registerTeam(s, r); });
  router.add("GET", team, session, [s](Request& r) { return getTeam(s, r); });
  router.add("POST", team + "/withdraw", session, [s](Request& r) { return withdrawTeam(s, r); });
  router.add("POST", team + "/pledge", session, [s](Request& r) { return signPledge(s, r); });
  router.add("POST", team + "/goals", session, [s](Request& r) { return addGoal(s, r); });
  router.add("PATCH", team + "/goals/{goal}", session, [s](Request& r) { return updateGoal(s, r); });
  router.add("DELETE", team + "/goals/{goal}", session, [s](Request& r) { return removeGoal(s, r); });
  router.add("POST", team + "/bring-home", session, [s](Request& r) { return bringHome(s, r); });
  router.add("POST", team + "/check-ins", session, [s](Request& r) { return reportCheckIn(s, r); });
  router.add("GET", event + "/dashboard", session, [s](Request& r) { return dashboard(s, r); });
  router.addAnonymous("POST", event + "/survey", [s](Request& r) { return answerSurvey(s, r); });
  router.add("GET", event + "/survey/results", session, [s](Request& r) { return surveyResults(s, r); });
  router.add("GET", "/api/v1/me/check-ins-due", session, [s](Request& r) { return checkInsDue(s, r); });
}

}  // namespace accord::http
