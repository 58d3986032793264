// Meetings of a joint body: series and occurrences, agendas approved by both co-chairs,
// carry-over, attendance, minutes, and who may do what.
#include <chrono>
#include <future>
#include <thread>

#include "api_fixture.hpp"
#include "common/clock.hpp"

namespace accord::testing {
namespace {

using nlohmann::json;

class MeetingApi : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    addUser("super@example.org", "Superintendent", true);
    super_ = logIn("super@example.org");
    district_ = createDistrict(super_, "Harbor Unified", "management", "superintendent");
    base_ = "/api/v1/districts/" + std::to_string(district_);
    auto r = post(base_ + "/bodies",
                  {{"name", "District Labor-Management Committee"},
                   {"labor_seats", 4},
                   {"management_seats", 4},
                   {"fallback", "Refer to the full board."}},
                  &super_);
    ASSERT_EQ(r.status, 201) << r.body;
    body_ = base_ + "/bodies/" + std::to_string(r.json()["id"].get<long long>());
    meetings_ = body_ + "/meetings";
    laborChairId_ = seat("laborchair@example.org", "labor", "union_president");
    managementChairId_ = seat("mgmtchair@example.org", "management", "cabinet");
    laborMemberId_ = seat("teacher@example.org", "labor", "teacher");
    managementMemberId_ = seat("principal@example.org", "management", "principal");
    neutralMemberId_ = seat("facilitator@example.org", "neutral", "facilitator");
    recorderId_ = seat("recorder@example.org", "neutral", "recorder");
    ASSERT_EQ(post(body_ + "/co-chairs", {{"user_id", laborChairId_}}, &super_).status, 200);
    ASSERT_EQ(post(body_ + "/co-chairs", {{"user_id", managementChairId_}}, &super_).status, 200);
    laborChair_ = logIn("laborchair@example.org");
    managementChair_ = logIn("mgmtchair@example.org");
    recorder_ = logIn("recorder@example.org");
  }

  // A district member seated in the body.
  long long seat(const std::string& email, const std::string& side, const std::string& role) {
    long long id = addUser(email, email.substr(0, email.find('@')));
    addMember(district_, id, side, role);
    EXPECT_EQ(post(body_ + "/members", {{"user_id", id}}, &super_).status, 201);
    return id;
  }

  long long weeklySeries(int count = 4) {
    auto r = post(meetings_ + "/series",
                  {{"start", "2026-01-05T16:00"},
                   {"duration_minutes", 120},
                   {"location", "District office, room 4"},
                   {"frequency", "weekly"},
                   {"count", count}},
                  &laborChair_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }

  // The meeting record of an occurrence; returns its path.
  std::string open(long long series, const std::string& date) {
    auto r = post(meetings_, {{"series_id", series}, {"date", date}}, &laborChair_);
    EXPECT_TRUE(r.status == 201 || r.status == 200) << r.body;
    return meetings_ + "/" + std::to_string(r.json().value("id", 0LL));
  }

  long long addItem(const std::string& meeting, const std::string& title, const Session& as) {
    auto r = post(meeting + "/agenda", {{"title", title}, {"time_box_minutes", 20}}, &as);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }

  HttpResult put(const std::string& target, const json& body, const Session* as) {
    return sendAs({"PUT", target, {{"Content-Type", "application/json"}}, body.dump()}, as);
  }

  Session super_, laborChair_, managementChair_, recorder_;
  long long district_ = 0;
  long long laborChairId_ = 0, managementChairId_ = 0, laborMemberId_ = 0, managementMemberId_ = 0,
            neutralMemberId_ = 0, recorderId_ = 0;
  std::string base_, body_, meetings_;
};
ACCORD_ON_EVERY_BACKEND(MeetingApi);

TEST_P(MeetingApi, AWeeklySeriesExpandsIntoItsOccurrencesAndOneCanBeCancelled) {
  long long series = weeklySeries(4);
  std::string path = meetings_ + "/series/" + std::to_string(series);
  auto cancel = post(path + "/cancellations", {{"date", "2026-01-12"}}, &managementChair_);
  ASSERT_EQ(cancel.status, 204) << cancel.body;
  auto r = get(path, &laborChair_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto occurrences = r.json()["occurrences"];
  ASSERT_EQ(occurrences.size(), 4u);
  EXPECT_EQ(occurrences[0]["date"], "2026-01-05");
  EXPECT_EQ(occurrences[1]["cancelled"], true);
  EXPECT_EQ(occurrences[3]["date"], "2026-01-26");
  EXPECT_EQ(r.json()["time_zone"], "America/Los_Angeles");
  EXPECT_EQ(post(path + "/cancellations", {{"date", "2026-01-12"}}, &laborChair_).status, 409);
  auto notOne = post(path + "/cancellations", {{"date", "2026-01-13"}}, &laborChair_);
  EXPECT_EQ(notOne.status, 400);
  EXPECT_EQ(notOne.json()["error"]["field"], "date");
  auto listed = get(meetings_ + "/series", &laborChair_);
  ASSERT_EQ(listed.json()["items"].size(), 1u);
  EXPECT_EQ(listed.json()["items"][0]["cancelled"], json::array({"2026-01-12"}));
}

TEST_P(MeetingApi, InvalidSeriesAreRefusedNamingTheField) {
  struct Case {
    json change;
    std::string field;
  };
  std::vector<Case> cases = {
      {{{"start", "2026-01-05 16:00"}}, "start"},
      {{{"start", "2026-02-30T16:00"}}, "start"},
      {{{"start", nullptr}}, "start"},
      {{{"duration_minutes", 0}}, "duration_minutes"},
      {{{"duration_minutes", "two hours"}}, "duration_minutes"},
      {{{"frequency", "daily"}}, "frequency"},
      {{{"count", nullptr}}, "until"},
      {{{"until", "2025-12-31"}, {"count", nullptr}}, "until"},
      {{{"until", "2026-13-01"}, {"count", nullptr}}, "until"},
      {{{"until", "2026-03-01"}}, "until"},
      {{{"count", 0}}, "count"},
      {{{"frequency", "once"}}, "count"},
      {{{"time_zone", "Pacific Time; DROP"}}, "time_zone"},
      {{{"time_zone", "Mars/Olympus_Mons"}}, "time_zone"},    // the shape of a zone, but no zone
      {{{"time_zone", "../../../etc/passwd"}}, "time_zone"},  // never a path out of the zone database
      {{{"time_zone", "localtime"}}, "time_zone"},            // the server's own setting, not a zone
      {{{"title", "  "}}, "title"},
  };
  for (const auto& c : cases) {
    json body = {{"start", "2026-01-05T16:00"}, {"duration_minutes", 120}, {"frequency", "weekly"}, {"count", 4}};
    for (const auto& [key, value] : c.change.items()) {
      if (value.is_null()) body.erase(key);
      else body[key] = value;
    }
    auto r = post(meetings_ + "/series", body, &laborChair_);
    EXPECT_EQ(r.status, 400) << c.change.dump() << r.body;
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.change.dump() << r.body;
  }
  EXPECT_TRUE(get(meetings_ + "/series", &laborChair_).json()["items"].empty());
}

TEST_P(MeetingApi, AnOccurrenceGetsItsMeetingRecordOnceOnFirstUse) {
  long long series = weeklySeries();
  auto first = post(meetings_, {{"series_id", series}, {"date", "2026-01-19"}}, &laborChair_);
  ASSERT_EQ(first.status, 201) << first.body;
  auto again = post(meetings_, {{"series_id", series}, {"date", "2026-01-19"}}, &recorder_);
  EXPECT_EQ(again.status, 200);
  EXPECT_EQ(again.json()["id"], first.json()["id"]);
  auto view = get(meetings_ + "/" + std::to_string(first.json()["id"].get<long long>()), &recorder_);
  ASSERT_EQ(view.status, 200) << view.body;
  EXPECT_EQ(view.json()["start"], "2026-01-19T16:00");
  EXPECT_EQ(view.json()["duration_minutes"], 120);
  EXPECT_EQ(view.json()["agenda_approved"], false);
  auto wrongDay = post(meetings_, {{"series_id", series}, {"date", "2026-01-20"}}, &laborChair_);
  EXPECT_EQ(wrongDay.status, 400);
  EXPECT_EQ(wrongDay.json()["error"]["field"], "date");
  post(meetings_ + "/series/" + std::to_string(series) + "/cancellations", {{"date", "2026-01-26"}}, &laborChair_);
  EXPECT_EQ(post(meetings_, {{"series_id", series}, {"date", "2026-01-26"}}, &laborChair_).status, 409);
  auto occurrences = get(meetings_ + "/series/" + std::to_string(series) + "?from=2026-01-19", &laborChair_);
  EXPECT_EQ(occurrences.json()["occurrences"][0]["meeting_id"], first.json()["id"]);
}

TEST_P(MeetingApi, TheAgendaIsApprovedOnlyWhenBothCoChairsHaveApprovedIt) {
  std::string meeting = open(weeklySeries(), "2026-01-05");
  addItem(meeting, "Class sizes at the middle schools", laborChair_);
  auto labor = post(meeting + "/approvals", json::object(), &laborChair_);
  ASSERT_EQ(labor.status, 200) << labor.body;
  EXPECT_EQ(labor.json()["labor_approved_by"], laborChairId_);
  EXPECT_EQ(labor.json()["agenda_approved"], false);
  auto both = post(meeting + "/approvals", json::object(), &managementChair_);
  EXPECT_EQ(both.json()["agenda_approved"], true);
  EXPECT_EQ(post(meeting + "/approvals", json::object(), &super_).status, 403);
}

TEST_P(MeetingApi, AnyChangeToTheAgendaWithdrawsBothApprovals) {
  std::string meeting = open(weeklySeries(), "2026-01-05");
  long long item = addItem(meeting, "Class sizes", laborChair_);
  auto approveBoth = [&] {
    post(meeting + "/approvals", json::object(), &laborChair_);
    EXPECT_EQ(post(meeting + "/approvals", json::object(), &managementChair_).json()["agenda_approved"], true);
  };
  auto approved = [&] { return get(meeting, &laborChair_).json()["agenda_approved"].get<bool>(); };
  approveBoth();
  patch(meeting + "/agenda/" + std::to_string(item), {{"time_box_minutes", 30}}, &laborChair_);
  EXPECT_FALSE(approved());
  EXPECT_EQ(get(meeting, &laborChair_).json()["labor_approved_by"], nullptr);
  approveBoth();
  auto teacher = logIn("teacher@example.org");
  long long proposed = addItem(meeting, "Planning time", teacher);
  EXPECT_FALSE(approved());
  approveBoth();
  ASSERT_EQ(put(meeting + "/agenda/order", {{"item_ids", {proposed, item}}}, &managementChair_).status, 200);
  EXPECT_FALSE(approved());
  approveBoth();
  EXPECT_EQ(sendAs({"DELETE", meeting + "/agenda/" + std::to_string(proposed), {}, {}}, &super_).status, 204);
  EXPECT_FALSE(approved());
  approveBoth();
  // An outcome records what happened; the agenda itself stays approved.
  EXPECT_EQ(put(meeting + "/agenda/" + std::to_string(item) + "/outcome", {{"outcome", "done"}}, &recorder_).status,
            200);
  EXPECT_TRUE(approved());
}

TEST_P(MeetingApi, ItemsAreReorderedOnlyAsAWholePermutation) {
  std::string meeting = open(weeklySeries(), "2026-01-05");
  long long a = addItem(meeting, "Welcome", laborChair_);
  long long b = addItem(meeting, "Budget", laborChair_);
  long long c = addItem(meeting, "Calendar", laborChair_);
  auto r = put(meeting + "/agenda/order", {{"item_ids", {c, a, b}}}, &laborChair_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto agenda = get(meeting, &laborChair_).json()["agenda"];
  EXPECT_EQ(agenda[0]["id"], c);
  EXPECT_EQ(agenda[0]["position"], 1);
  EXPECT_EQ(agenda[2]["id"], b);
  for (const json& bad : {json{{"item_ids", {c, a}}}, json{{"item_ids", {c, a, a}}}, json{{"item_ids", {c, a, 999}}},
                          json{{"item_ids", "c,a,b"}}}) {
    auto refused = put(meeting + "/agenda/order", bad, &laborChair_);
    EXPECT_EQ(refused.status, 400) << bad.dump();
    EXPECT_EQ(refused.json()["error"]["field"], "item_ids");
  }
}

TEST_P(MeetingApi, AgendaItemsReferToIssuesDecisionsAndActionsAndCheckTheirInput) {
  std::string meeting = open(weeklySeries(), "2026-01-05");
  long long bodyId = std::stoll(body_.substr(body_.rfind('/') + 1));
  auto decision = post(base_ + "/decisions",
                       {{"body_id", bodyId}, {"title", "Bell schedule"}, {"text", "x"}, {"deadline", nowSeconds() + 600}},
                       &laborChair_);
  ASSERT_EQ(decision.status, 201) << decision.body;
  auto issue = post(base_ + "/issues", {{"body_id", bodyId}, {"title", "Class sizes"}, {"description", "x"}}, &laborChair_);
  ASSERT_EQ(issue.status, 201) << issue.body;
  auto r = post(meeting + "/agenda", {{"title", "Review decision"}, {"decision_id", decision.json()["id"]},
                                      {"time_box_minutes", 15}},
                &laborChair_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json()["decision_id"], decision.json()["id"]);
  EXPECT_EQ(r.json()["issue_id"], nullptr);
  auto cleared = patch(meeting + "/agenda/" + std::to_string(r.json()["id"].get<long long>()),
                       {{"decision_id", nullptr}, {"issue_id", issue.json()["id"]}}, &laborChair_);
  EXPECT_EQ(cleared.json()["decision_id"], nullptr);
  EXPECT_EQ(cleared.json()["issue_id"], issue.json()["id"]);
  struct Case {
    json body;
    std::string field;
  };
  for (const auto& c : std::vector<Case>{{{{"time_box_minutes", 5}}, "title"},
                                         {{{"title", "x"}, {"time_box_minutes", 0}}, "time_box_minutes"},
                                         {{{"title", "x"}, {"issue_id", "seven"}}, "issue_id"},
                                         {{{"title", "x"}, {"action_id", -2}}, "action_id"}}) {
    auto refused = post(meeting + "/agenda", c.body, &laborChair_);
    EXPECT_EQ(refused.status, 400) << c.body.dump();
    EXPECT_EQ(refused.json()["error"]["field"], c.field) << refused.body;
  }
  auto badOutcome = put(meeting + "/agenda/" + std::to_string(r.json()["id"].get<long long>()) + "/outcome",
                        {{"outcome", "tabled"}}, &laborChair_);
  EXPECT_EQ(badOutcome.json()["error"]["field"], "outcome");
  EXPECT_EQ(patch(meeting + "/agenda/999999", {{"title", "x"}}, &laborChair_).status, 404);
}

TEST_P(MeetingApi, UnfinishedItemsCarryOverToTheNextMeetingByThemselves) {
  long long series = weeklySeries();
  std::string first = open(series, "2026-01-05");
  long long done = addItem(first, "Welcome", laborChair_);
  addItem(first, "Class sizes", laborChair_);
  long long carried = addItem(first, "Planning time", laborChair_);
  put(first + "/agenda/" + std::to_string(done) + "/outcome", {{"outcome", "done"}}, &recorder_);
  put(first + "/agenda/" + std::to_string(carried) + "/outcome", {{"outcome", "carried_over"}}, &recorder_);
  std::string second = open(series, "2026-01-12");
  auto agenda = get(second, &laborChair_).json()["agenda"];
  ASSERT_EQ(agenda.size(), 2u) << agenda.dump();
  EXPECT_EQ(agenda[0]["title"], "Class sizes");
  EXPECT_EQ(agenda[1]["title"], "Planning time");
  EXPECT_EQ(agenda[1]["carried_from_id"], carried);
  EXPECT_EQ(agenda[0]["outcome"], nullptr);
  // Opening a later occurrence does not carry the same items a second time.
  std::string third = open(series, "2026-01-19");
  EXPECT_EQ(get(third, &laborChair_).json()["agenda"].size(), 2u);
  EXPECT_EQ(get(second, &laborChair_).json()["agenda"].size(), 2u);
}

TEST_P(MeetingApi, OverdueActionsOfTheBodyComeOntoTheNextAgendaByThemselves) {
  long long series = weeklySeries();
  long long bodyId = std::stoll(body_.substr(body_.rfind('/') + 1));
  auto action = [&](const std::string& title, const std::string& due) {
    auto r = post(base_ + "/action-items",
                  {{"title", title}, {"owner_id", laborMemberId_}, {"due_date", due}, {"body_id", bodyId}},
                  &laborChair_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  };
  long long late = action("Survey the staff about planning time", "2026-01-02");
  long long done = action("Book the room", "2026-01-01");
  action("Draft the newsletter", "2026-02-20");  // not due yet on the meeting day
  ASSERT_EQ(patch(base_ + "/action-items/" + std::to_string(done), {{"status", "done"}}, &laborChair_).status, 200);
  std::string first = open(series, "2026-01-05");
  auto agenda = get(first, &laborChair_).json()["agenda"];
  ASSERT_EQ(agenda.size(), 1u) << agenda.dump();
  EXPECT_EQ(agenda[0]["title"], "Survey the staff about planning time");
  EXPECT_EQ(agenda[0]["action_id"], late);
  // Carried over unfinished, it comes along once, not twice.
  put(first + "/agenda/" + std::to_string(agenda[0]["id"].get<long long>()) + "/outcome",
      {{"outcome", "carried_over"}}, &recorder_);
  std::string second = open(series, "2026-01-12");
  auto next = get(second, &laborChair_).json()["agenda"];
  ASSERT_EQ(next.size(), 1u) << next.dump();
  EXPECT_EQ(next[0]["action_id"], late);
  EXPECT_EQ(next[0]["carried_from_id"], agenda[0]["id"]);
}

TEST_P(MeetingApi, AttendanceAndMinutesAreKeptByTheCoChairsAndTheRecorder) {
  std::string meeting = open(weeklySeries(), "2026-01-05");
  auto present = put(meeting + "/attendance/" + std::to_string(laborMemberId_), {{"status", "present"}}, &recorder_);
  ASSERT_EQ(present.status, 200) << present.body;
  put(meeting + "/attendance/" + std::to_string(laborMemberId_), {{"status", "excused"}}, &laborChair_);
  auto minutes = put(meeting + "/minutes", {{"minutes", "We agreed to meet again."}}, &recorder_);
  ASSERT_EQ(minutes.status, 200) << minutes.body;
  auto view = get(meeting, &laborChair_).json();
  EXPECT_EQ(view["minutes"], "We agreed to meet again.");
  ASSERT_EQ(view["attendance"].size(), 1u);
  EXPECT_EQ(view["attendance"][0]["status"], "excused");
  auto badStatus = put(meeting + "/attendance/" + std::to_string(laborMemberId_), {{"status", "late"}}, &recorder_);
  EXPECT_EQ(badStatus.json()["error"]["field"], "status");
  long long outsider = addUser("outsider@example.org", "Outsider");
  auto notMember = put(meeting + "/attendance/" + std::to_string(outsider), {{"status", "present"}}, &recorder_);
  EXPECT_EQ(notMember.status, 400);
  EXPECT_EQ(notMember.json()["error"]["field"], "user_id");
  EXPECT_EQ(put(meeting + "/minutes", {{"minutes", 7}}, &recorder_).json()["error"]["field"], "minutes");
}

TEST_P(MeetingApi, AMeetingOfAnotherDistrictIsNotFound) {
  std::string meeting = open(weeklySeries(), "2026-01-05");
  addUser("other@example.org", "Other Admin", true);
  auto other = logIn("other@example.org");
  long long otherDistrict = createDistrict(other, "Valley Unified");
  std::string suffix = meeting.substr(base_.size());
  EXPECT_EQ(get("/api/v1/districts/" + std::to_string(otherDistrict) + suffix, &other).status, 404);
  EXPECT_EQ(get(meeting, &other).status, 404);
  EXPECT_EQ(post(meeting + "/agenda", {{"title", "Sneaky"}}, &other).status, 404);
}

TEST_P(MeetingApi, EveryWriteIsInTheAuditLog) {
  long long series = weeklySeries();
  std::string meeting = open(series, "2026-01-05");
  addItem(meeting, "Class sizes", laborChair_);
  post(meeting + "/approvals", json::object(), &laborChair_);
  put(meeting + "/minutes", {{"minutes", "Confidential words"}}, &recorder_);
  auto log = get(base_ + "/audit?limit=5", &super_);
  ASSERT_EQ(log.status, 200) << log.body;
  std::vector<std::string> actions;
  json entries = log.json()["items"];
  for (const auto& e : entries) actions.push_back(e["action"]);
  EXPECT_EQ(actions, (std::vector<std::string>{"meeting.minutes", "agenda.approve", "agenda.item.add", "meeting.open",
                                               "meeting_series.schedule"}));
  EXPECT_EQ(log.body.find("Confidential words"), std::string::npos);
}

TEST_P(MeetingApi, WhoMayDoWhat) {
  long long series = weeklySeries();
  std::string meeting = open(series, "2026-01-05");
  long long item = addItem(meeting, "Standing item", laborChair_);
  std::string seriesPath = meetings_ + "/series/" + std::to_string(series);

  Session laborMember = logIn("teacher@example.org");
  Session managementMember = logIn("principal@example.org");
  Session neutralMember = logIn("facilitator@example.org");
  addMember(district_, addUser("bystander@example.org", "Bystander"), "labor", "teacher");
  Session outsideBody = logIn("bystander@example.org");
  addUser("elsewhere@example.org", "Elsewhere", true);
  Session otherDistrict = logIn("elsewhere@example.org");
  createDistrict(otherDistrict, "Valley Unified");

  struct Who {
    const char* name;
    const Session* session;
  };
  std::vector<Who> callers = {{"labor co-chair", &laborChair_},     {"management co-chair", &managementChair_},
                              {"recorder", &recorder_},             {"labor member", &laborMember},
                              {"management member", &managementMember}, {"neutral member", &neutralMember},
                              {"district member outside the body", &outsideBody},
                              {"member of another district", &otherDistrict}, {"anonymous", nullptr}};
  struct Route {
    const char* name;
    std::function<HttpResult(const Session*)> call;
    std::vector<int> expected;  // in the order of `callers`
  };
  std::string itemPath = meeting + "/agenda/" + std::to_string(item);
  std::vector<Route> routes = {
      {"read the series", [&](const Session* s) { return get(meetings_ + "/series", s); },
       {200, 200, 200, 200, 200, 200, 403, 404, 401}},
      {"schedule a series",
       [&](const Session* s) {
         return post(meetings_ + "/series", {{"start", "2026-03-02T09:00"}, {"duration_minutes", 60}}, s);
       },
       {201, 201, 403, 403, 403, 403, 403, 404, 401}},
      {"read a meeting", [&](const Session* s) { return get(meeting, s); },
       {200, 200, 200, 200, 200, 200, 403, 404, 401}},
      {"propose an item", [&](const Session* s) { return post(meeting + "/agenda", {{"title", "Idea"}}, s); },
       {201, 201, 201, 201, 201, 201, 403, 404, 401}},
      {"edit an item", [&](const Session* s) { return patch(itemPath, {{"time_box_minutes", 15}}, s); },
       {200, 200, 403, 403, 403, 403, 403, 404, 401}},
      {"approve the agenda", [&](const Session* s) { return post(meeting + "/approvals", json::object(), s); },
       {200, 200, 403, 403, 403, 403, 403, 404, 401}},
      {"write the minutes", [&](const Session* s) { return put(meeting + "/minutes", {{"minutes", "Notes"}}, s); },
       {200, 200, 200, 403, 403, 403, 403, 404, 401}},
      {"record attendance",
       [&](const Session* s) {
         return put(meeting + "/attendance/" + std::to_string(laborMemberId_), {{"status", "present"}}, s);
       },
       {200, 200, 200, 403, 403, 403, 403, 404, 401}},
      {"cancel an occurrence",
       [&](const Session* s) { return post(seriesPath + "/cancellations", {{"date", "2026-01-26"}}, s); },
       {204, 409, 403, 403, 403, 403, 403, 404, 401}},
  };
  for (const auto& route : routes) {
    for (std::size_t i = 0; i < callers.size(); ++i) {
      auto r = route.call(callers[i].session);
      EXPECT_EQ(r.status, route.expected[i]) << route.name << " as " << callers[i].name << ": " << r.body;
    }
  }
}


// The live view: server-sent events of a meeting's changes.
class MeetingStream : public MeetingApi {
 protected:
  std::unique_ptr<StreamReader> watch(const std::string& meeting, const Session* as) {
    HttpRequest request{"GET", meeting + "/events", {{"Accept", "text/event-stream"}}, {}};
    if (as) request.headers.emplace_back("Cookie", as->cookie);
    return std::make_unique<StreamReader>(port_, request);
  }
};
ACCORD_ON_EVERY_BACKEND(MeetingStream);

TEST_P(MeetingStream, AnOpenViewLearnsOfAChangeMadeBySomeoneElse) {
  std::string meeting = open(weeklySeries(), "2026-01-05");
  Session teacher = logIn("teacher@example.org");
  auto view = watch(meeting, &teacher);
  ASSERT_TRUE(view->waitFor("event: open", kGenerousMs)) << view->received();
  EXPECT_EQ(view->head().status, 200);
  EXPECT_EQ(view->head().header("content-type").rfind("text/event-stream", 0), 0u);
  addItem(meeting, "Class sizes", managementChair_);
  ASSERT_TRUE(view->waitFor("\"type\":\"agenda.item.add\"", kGenerousMs)) << view->received();
  put(meeting + "/minutes", {{"minutes", "Started on time."}}, &recorder_);
  EXPECT_TRUE(view->waitFor("\"type\":\"minutes\"", kGenerousMs)) << view->received();
  EXPECT_NE(view->received().find("event: change\ndata: {"), std::string::npos);
}

TEST_P(MeetingStream, AnActionItemAssignedInTheMeetingShowsInItsLiveView) {
  std::string meeting = open(weeklySeries(), "2026-01-05");
  long long meetingId = std::stoll(meeting.substr(meeting.rfind('/') + 1));
  auto view = watch(meeting, &managementChair_);
  ASSERT_TRUE(view->waitFor("event: open", kGenerousMs)) << view->received();
  auto r = post(base_ + "/action-items",
                {{"title", "Send the survey"}, {"owner_id", laborMemberId_}, {"due_date", "2026-01-20"},
                 {"meeting_id", meetingId}},
                &laborChair_);
  ASSERT_EQ(r.status, 201) << r.body;
  ASSERT_TRUE(view->waitFor("\"type\":\"action.add\"", kGenerousMs)) << view->received();
  patch(base_ + "/action-items/" + std::to_string(r.json()["id"].get<long long>()), {{"status", "done"}}, &laborChair_);
  EXPECT_TRUE(view->waitFor("\"type\":\"action.update\"", kGenerousMs)) << view->received();
}

TEST_P(MeetingStream, EveryOpenViewOfTheMeetingAndNoOtherLearnsOfIt) {
  long long series = weeklySeries();
  std::string meeting = open(series, "2026-01-05");
  std::string other = open(series, "2026-01-12");
  auto first = watch(meeting, &laborChair_);
  auto second = watch(meeting, &recorder_);
  auto elsewhere = watch(other, &recorder_);
  for (auto* v : {first.get(), second.get(), elsewhere.get()}) ASSERT_TRUE(v->waitFor("event: open", kGenerousMs));
  addItem(meeting, "Class sizes", laborChair_);
  EXPECT_TRUE(first->waitFor("agenda.item.add", kGenerousMs));
  EXPECT_TRUE(second->waitFor("agenda.item.add", kGenerousMs));
  addItem(other, "Budget", laborChair_);
  ASSERT_TRUE(elsewhere->waitFor("agenda.item.add", kGenerousMs));
  EXPECT_EQ(elsewhere->received().find("\"meeting_id\":" + meeting.substr(meeting.rfind('/') + 1) + "}"),
            std::string::npos);
}

TEST_P(MeetingStream, OnlyThoseWhoMayReadTheMeetingMayWatchIt) {
  std::string meeting = open(weeklySeries(), "2026-01-05");
  addMember(district_, addUser("bystander@example.org", "Bystander"), "labor", "teacher");
  Session outsideBody = logIn("bystander@example.org");
  EXPECT_EQ(get(meeting + "/events", &outsideBody).status, 403);
  EXPECT_EQ(get(meeting + "/events").status, 401);
  EXPECT_EQ(get(meetings_ + "/999999/events", &laborChair_).status, 404);
}

// One person cannot take every connection of the server with live views that never end.
TEST_P(MeetingStream, APersonKeepsOnlySoManyLiveViewsOpen) {
  startServer([](Config& c) { c.maxStreamsPerPerson = 2; });
  std::string meeting = open(weeklySeries(), "2026-01-05");
  Session teacher = logIn("teacher@example.org");
  auto first = watch(meeting, &teacher);
  auto second = watch(meeting, &teacher);
  ASSERT_TRUE(first->waitFor("event: open", kGenerousMs)) << first->received();
  ASSERT_TRUE(second->waitFor("event: open", kGenerousMs)) << second->received();
  auto third = watch(meeting, &teacher);
  ASSERT_TRUE(third->waitForClose(kGenerousMs));
  EXPECT_EQ(third->head().status, 429) << third->received();
  EXPECT_NE(third->received().find("\"field\":\"streams\""), std::string::npos) << third->received();
  // Someone else still gets theirs.
  auto other = watch(meeting, &super_);
  EXPECT_TRUE(other->waitFor("event: open", kGenerousMs)) << other->received();
}

TEST_P(MeetingStream, AQuietStreamGetsAHeartbeatComment) {
  // The heartbeat comes at least twice within the server's request timeout.
  startServer([](Config& c) { c.writeTimeoutSeconds = 2; });
  std::string meeting = open(weeklySeries(), "2026-01-05");
  auto view = watch(meeting, &laborChair_);
  ASSERT_TRUE(view->waitFor("event: open", kGenerousMs));
  EXPECT_TRUE(view->waitFor("\n: keep-alive\n\n", kGenerousMs)) << view->received();
  addItem(meeting, "Still listening", laborChair_);
  EXPECT_TRUE(view->waitFor("agenda.item.add", kGenerousMs)) << view->received();
}

TEST_P(MeetingStream, AStreamWhoseClientLeftIsClosed) {
  startServer([](Config& c) { c.writeTimeoutSeconds = 2; });  // a keep-alive every second
  std::string meeting = open(weeklySeries(), "2026-01-05");
  auto view = watch(meeting, &laborChair_);
  ASSERT_TRUE(view->waitFor("event: open", kGenerousMs));
  EXPECT_EQ(server_->openStreams(), 1u);
  view.reset();
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (server_->openStreams() > 0 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_EQ(server_->openStreams(), 0u);
  // Changes after that go nowhere and harm nothing.
  addItem(meeting, "After everyone left", laborChair_);
}

TEST_P(MeetingStream, StoppingTheServerEndsOpenStreamsInsteadOfWaitingForThem) {
  startServer([](Config& c) { c.shutdownGraceSeconds = 60; });
  std::string meeting = open(weeklySeries(), "2026-01-05");
  auto view = watch(meeting, &laborChair_);
  ASSERT_TRUE(view->waitFor("event: open", kGenerousMs));
  auto stopped = std::async(std::launch::async, [&] { server_->stop(); });
  // Far less than the grace period: the stream did not hold the shutdown up.
  ASSERT_EQ(stopped.wait_for(std::chrono::seconds(20)), std::future_status::ready);
  EXPECT_TRUE(view->waitForClose(kGenerousMs));
}


// Each member's secret iCalendar address.
class CalendarFeedApi : public MeetingApi {
 protected:
  // The feed's path, from the address that is shown once.
  std::string createFeed(const Session& as) {
    auto r = post(base_ + "/me/calendar-feed", json::object(), &as);
    EXPECT_EQ(r.status, 201) << r.body;
    std::string url = r.json().value("url", "");
    EXPECT_EQ(url.rfind(config_.publicUrl + "/api/v1/calendar/", 0), 0u) << url;
    return url.substr(config_.publicUrl.size());
  }
};
ACCORD_ON_EVERY_BACKEND(CalendarFeedApi);

TEST_P(CalendarFeedApi, ChangingThePasswordRevokesTheCalendarFeeds) {
  weeklySeries(4);
  Session teacher = logIn("teacher@example.org");
  std::string feed = createFeed(teacher);
  ASSERT_EQ(get(feed).status, 200);
  auto changed = post("/api/v1/me/password",
                      {{"current_password", kPassword}, {"new_password", "a brand new secret"}}, &teacher);
  ASSERT_EQ(changed.status, 204) << changed.body;
  EXPECT_EQ(get(feed).status, 404);
}

TEST_P(CalendarFeedApi, AMemberSubscribesToTheMeetingsOfTheirBodiesWithoutSigningIn) {
  long long series = weeklySeries(4);
  post(meetings_ + "/series/" + std::to_string(series) + "/cancellations", {{"date", "2026-01-12"}}, &laborChair_);
  Session teacher = logIn("teacher@example.org");
  std::string feed = createFeed(teacher);
  auto r = get(feed);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.header("content-type").rfind("text/calendar", 0), 0u);
  for (const char* line : {"BEGIN:VCALENDAR\r\n", "\r\nDTSTART;TZID=America/Los_Angeles:20260105T160000\r\n",
                           "\r\nDURATION:PT120M\r\n", "\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\n",
                           "\r\nEXDATE;TZID=America/Los_Angeles:20260112T160000\r\n",
                           "\r\nLOCATION:District office\\, room 4\r\n", "\r\nTZID:America/Los_Angeles\r\n",
                           "\r\nEND:VCALENDAR\r\n"})
    EXPECT_NE(r.body.find(line), std::string::npos) << line << "\n" << r.body;
  for (std::size_t at = r.body.find('\n'); at != std::string::npos; at = r.body.find('\n', at + 1))
    EXPECT_EQ(r.body[at - 1], '\r');
}

TEST_P(CalendarFeedApi, ASeriesAnywhereInTheWorldCarriesItsZonesRulesNeverFloatingTime) {
  for (const auto& [zone, start] : {std::pair{"Europe/Madrid", "2026-03-23T18:00"}, {"Asia/Tokyo", "2026-03-24T09:00"}}) {
    auto r = post(meetings_ + "/series",
                  {{"start", start}, {"duration_minutes", 60}, {"frequency", "weekly"}, {"count", 4}, {"time_zone", zone}},
                  &laborChair_);
    ASSERT_EQ(r.status, 201) << r.body;
  }
  Session teacher = logIn("teacher@example.org");
  auto body = get(createFeed(teacher)).body;
  // Madrid moves to summer time on 29 March 2026 at 01:00 UTC (02:00 local becomes 03:00); Tokyo keeps +09.
  for (const char* line : {"\r\nDTSTART;TZID=Europe/Madrid:20260323T180000\r\n", "\r\nTZID:Europe/Madrid\r\n",
                           "\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n",
                           "\r\nDTSTART;TZID=Asia/Tokyo:20260324T090000\r\n", "\r\nTZID:Asia/Tokyo\r\n",
                           "\r\nTZOFFSETTO:+0900\r\n"})
    EXPECT_NE(body.find(line), std::string::npos) << line << "\n" << body;
}

TEST_P(CalendarFeedApi, TheFeedHoldsOnlyTheBodiesTheMemberSitsIn) {
  weeklySeries();
  auto other = post(base_ + "/bodies",
                    {{"name", "Calendar Committee"}, {"labor_seats", 2}, {"management_seats", 2}, {"fallback", "x"}},
                    &super_);
  std::string otherMeetings = base_ + "/bodies/" + std::to_string(other.json()["id"].get<long long>()) + "/meetings";
  ASSERT_EQ(post(otherMeetings + "/series", {{"start", "2026-02-02T09:00"}, {"duration_minutes", 60}}, &super_).status,
            201);
  Session teacher = logIn("teacher@example.org");
  auto body = get(createFeed(teacher)).body;
  EXPECT_NE(body.find("SUMMARY:District Labor-Management Committee"), std::string::npos) << body;
  EXPECT_EQ(body.find("Calendar Committee"), std::string::npos) << body;
  EXPECT_EQ(body.find("BEGIN:VEVENT"), body.rfind("BEGIN:VEVENT"));
}

TEST_P(CalendarFeedApi, ANewAddressReplacesTheOldOneAndRevokingEndsIt) {
  weeklySeries();
  Session teacher = logIn("teacher@example.org");
  std::string first = createFeed(teacher);
  std::string second = createFeed(teacher);
  EXPECT_NE(first, second);
  EXPECT_EQ(get(first).status, 404);
  EXPECT_EQ(get(second).status, 200);
  EXPECT_EQ(sendAs({"DELETE", base_ + "/me/calendar-feed", {}, {}}, &teacher).status, 204);
  EXPECT_EQ(get(second).status, 404);
  EXPECT_EQ(sendAs({"DELETE", base_ + "/me/calendar-feed", {}, {}}, &teacher).status, 404);
  EXPECT_EQ(get("/api/v1/calendar/not-a-token.ics").status, 404);
  auto log = get(base_ + "/audit?limit=3", &super_).json();
  EXPECT_EQ(log["items"][0]["action"], "calendar_feed.revoke");
  EXPECT_EQ(log.dump().find(second.substr(17, 20)), std::string::npos);
}

TEST_P(CalendarFeedApi, OnlyMembersOfTheDistrictGetAFeed) {
  addUser("elsewhere@example.org", "Elsewhere", true);
  Session otherDistrict = logIn("elsewhere@example.org");
  createDistrict(otherDistrict, "Valley Unified");
  EXPECT_EQ(post(base_ + "/me/calendar-feed", json::object(), &otherDistrict).status, 404);
  EXPECT_EQ(post(base_ + "/me/calendar-feed", json::object()).status, 401);
  EXPECT_EQ(sendAs({"DELETE", base_ + "/me/calendar-feed", {}, {}}, nullptr).status, 401);
}

TEST_P(CalendarFeedApi, TheRequestLogNeverShowsTheFeedsToken) {
  weeklySeries();
  Session teacher = logIn("teacher@example.org");
  std::string feed = createFeed(teacher);
  std::string token = feed.substr(std::string("/api/v1/calendar/").size(), feed.size() - 21);
  Logger verbose(LogLevel::kInfo);
  http::Services services{*store_, config_, verbose};
  http::App app(services, http::buildRouter(services));
  http::Request request;
  request.method = "GET";
  request.path = feed;
  ::testing::internal::CaptureStderr();
  auto response = app.handle(request);
  std::string logged = ::testing::internal::GetCapturedStderr();
  EXPECT_EQ(response.status, 200);
  EXPECT_NE(logged.find("/api/v1/calendar/{token}.ics"), std::string::npos) << logged;
  EXPECT_EQ(logged.find(token), std::string::npos) << logged;
}

}  // namespace
}  // namespace accord::testing
