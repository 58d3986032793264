// Network events: a district team registers (superintendent, union president and board
// president), each member signs the pledge, the team writes an action plan and brings it home
// as action items, and reports check-ins 30, 90 and 180 days after the event.
#include <cctype>

#include "common/calendar_date.hpp"
#include "common/clock.hpp"
#include "domain/account/account.hpp"
#include "domain/notification/use_cases.hpp"
#include "partnership_fixture.hpp"

namespace accord::testing {
namespace {

std::string daysFromToday(int days) { return isoDateOf(nowSeconds() + static_cast<long long>(days) * 86400); }

struct DistrictTeam {
  long long district = 0;
  Session superintendent, union_, board;
  std::vector<long long> members() const { return {superintendent.userId, union_.userId, board.userId}; }
};

class EventApi : public PartnershipApi {
 protected:
  void SetUp() override {
    PartnershipApi::SetUp();
    if (IsSkipped() || HasFailure()) return;
    addUser("network@example.org", "Network Admin", true);
    admin_ = logIn("network@example.org");
    organizerId_ = addUser("organizer@example.org", "Olivia Organizer");
    organizer_ = logIn("organizer@example.org");
    organizer_.userId = organizerId_;
    // Harbor's team: the superintendent (super_), the union president (labor_) and a board president.
    super_.userId = get("/api/v1/me", &super_).json()["user"]["id"].get<long long>();
    board_ = seat("board@example.org", "management", "board_president", "member");
    valleyTeacher_ = addUser("valley@example.org", "Valley Teacher");
    addMember(otherDistrict_, valleyTeacher_, "labor", "teacher");
    valley_ = logIn("valley@example.org");
  }

  static std::string districtPath(long long district) { return "/api/v1/districts/" + std::to_string(district); }

  std::vector<long long> harborTeam() const { return {super_.userId, labor_.userId, board_.userId}; }

  // Another district with its three leaders, each able to sign in.
  DistrictTeam newDistrict(const std::string& name) {
    DistrictTeam t;
    std::string key = name.substr(0, name.find(' '));
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto add = [&](const std::string& role, const std::string& side) {
      std::string email = key + "-" + role + "@example.org";
      long long id = addUser(email, key + " " + role);
      addMember(t.district, id, side, role);
      Session s = logIn(email);
      s.userId = id;
      return s;
    };
    long long superId = addUser(key + "-super@example.org", key + " superintendent", true);
    t.superintendent = logIn(key + "-super@example.org");
    t.superintendent.userId = superId;
    t.district = createDistrict(t.superintendent, name);
    t.union_ = add("union_president", "labor");
    t.board = add("board_president", "management");
    return t;
  }

  long long createEvent(const nlohmann::json& extra = nlohmann::json::object()) {
    nlohmann::json body = {{"title", "Partnership Retreat"},
                           {"kind", "retreat"},
                           {"starts_on", daysFromToday(-42)},
                           {"ends_on", daysFromToday(-40)},
                           {"place", "Asilomar"},
                           {"description", "Three days of joint work."},
                           {"team_capacity", 5},
                           {"pledge", "We will work together for our students."},
                           {"organizer_emails", {"organizer@example.org"}}};
    body.update(extra);
    auto r = post("/api/v1/events", body, &admin_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }

  std::string eventPath(long long event) const { return "/api/v1/events/" + std::to_string(event); }
  std::string teamPath(long long event, long long team) const {
    return eventPath(event) + "/teams/" + std::to_string(team);
  }

  HttpResult registerTeam(long long event, long long district, const std::vector<long long>& members,
                          const Session& as) {
    return post(eventPath(event) + "/teams", {{"district_id", district}, {"member_ids", members}}, &as);
  }

  long long registerHarbor(long long event) {
    auto r = registerTeam(event, district_, harborTeam(), labor_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }

  long long addGoal(long long event, long long team, const std::string& text, long long owner) {
    auto r = post(teamPath(event, team) + "/goals", {{"text", text}, {"owner_id", owner}, {"due_date", "2027-03-01"}},
                  &labor_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }

  Session admin_, organizer_, board_, valley_;
  long long organizerId_ = 0, valleyTeacher_ = 0;
};
ACCORD_ON_EVERY_BACKEND(EventApi);

TEST_P(EventApi, AnAdministratorCreatesAnEventThatEveryoneReads) {
  long long event = createEvent();
  auto list = get("/api/v1/events", &valley_);
  ASSERT_EQ(list.status, 200) << list.body;
  ASSERT_EQ(list.json()["items"].size(), 1u);
  EXPECT_EQ(list.json()["items"][0]["title"], "Partnership Retreat");
  auto read = get(eventPath(event), &management_);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.json()["kind"], "retreat");
  EXPECT_EQ(read.json()["team_capacity"], 5);
  EXPECT_EQ(read.json()["organizers"][0]["name"], "Olivia Organizer");
  EXPECT_EQ(read.json()["may_manage"], false);
  EXPECT_EQ(get(eventPath(event), &organizer_).json()["may_manage"], true);
  EXPECT_EQ(get(eventPath(event + 1000), &management_).status, 404);
}

TEST_P(EventApi, OrganizersEditTheEventAndItsSessions) {
  long long event = createEvent();
  auto edited = patch(eventPath(event), {{"place", "Monterey"}, {"registration_open", false}}, &organizer_);
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json()["place"], "Monterey");
  EXPECT_EQ(edited.json()["registration_open"], false);
  auto added = post(eventPath(event) + "/sessions",
                    {{"title", "Interest-based bargaining"},
                     {"starts_at", "2026-06-10T09:00"},
                     {"room", "Chapel"},
                     {"presenting_district_ids", {district_, otherDistrict_}}},
                    &organizer_);
  ASSERT_EQ(added.status, 201) << added.body;
  EXPECT_EQ(added.json()["presenters"].size(), 2u);
  long long session = added.json()["id"].get<long long>();
  auto changed = patch(eventPath(event) + "/sessions/" + std::to_string(session),
                       {{"room", "Hall B"}, {"presenting_district_ids", {district_}}}, &organizer_);
  ASSERT_EQ(changed.status, 200) << changed.body;
  auto read = get(eventPath(event), &valley_).json();
  ASSERT_EQ(read["sessions"].size(), 1u);
  EXPECT_EQ(read["sessions"][0]["room"], "Hall B");
  ASSERT_EQ(read["sessions"][0]["presenters"].size(), 1u);
  EXPECT_EQ(read["sessions"][0]["presenters"][0]["name"], "Harbor Unified");
  EXPECT_EQ(del(eventPath(event) + "/sessions/" + std::to_string(session), &organizer_).status, 204);
  EXPECT_TRUE(get(eventPath(event), &valley_).json()["sessions"].empty());
  // Organizers name more organizers; someone who does not manage the event names nobody.
  EXPECT_EQ(post(eventPath(event) + "/organizers", {{"email", "valley@example.org"}}, &management_).status, 403);
  auto named = post(eventPath(event) + "/organizers", {{"email", "valley@example.org"}}, &organizer_);
  ASSERT_EQ(named.status, 201) << named.body;
  EXPECT_EQ(named.json()["items"].size(), 2u);
  EXPECT_EQ(get(eventPath(event), &valley_).json()["may_manage"], true);
  EXPECT_EQ(del(eventPath(event) + "/organizers/" + std::to_string(valleyTeacher_), &management_).status, 403);
  EXPECT_EQ(del(eventPath(event) + "/organizers/" + std::to_string(valleyTeacher_), &organizer_).status, 200);
  EXPECT_EQ(get(eventPath(event), &valley_).json()["may_manage"], false);
  EXPECT_EQ(del(eventPath(event) + "/organizers/" + std::to_string(valleyTeacher_), &admin_).status, 404);
}

// What is done to an event is in the network's own log, which only administrators read.
TEST_P(EventApi, EventWritesAreInTheNetworksAuditLog) {
  long long event = createEvent();
  ASSERT_EQ(patch(eventPath(event), {{"place", "Monterey"}}, &organizer_).status, 200);
  auto added = post(eventPath(event) + "/sessions", {{"title", "Opening"}, {"starts_at", "2026-06-10T09:00"}},
                    &organizer_);
  ASSERT_EQ(added.status, 201) << added.body;
  std::string session = eventPath(event) + "/sessions/" + std::to_string(added.json()["id"].get<long long>());
  ASSERT_EQ(patch(session, {{"room", "Hall B"}}, &organizer_).status, 200);
  ASSERT_EQ(del(session, &organizer_).status, 204);
  ASSERT_EQ(post(eventPath(event) + "/organizers", {{"email", "valley@example.org"}}, &organizer_).status, 201);
  ASSERT_EQ(del(eventPath(event) + "/organizers/" + std::to_string(valleyTeacher_), &admin_).status, 200);

  auto log = get("/api/v1/network/audit", &admin_);
  ASSERT_EQ(log.status, 200) << log.body;
  nlohmann::json entries = log.json()["items"];
  std::vector<std::string> actions;
  for (const auto& e : entries) actions.push_back(e["action"].get<std::string>());
  EXPECT_EQ(actions, (std::vector<std::string>{"event_organizer.remove", "event_organizer.add", "event_session.remove",
                                               "event_session.update", "event_session.create", "event.update",
                                               "event.create"}));
  auto newest = entries[0];
  EXPECT_EQ(newest["actor_name"], "Network Admin");
  EXPECT_EQ(newest["subject_id"], event);
  EXPECT_EQ(newest["details"]["user_id"], valleyTeacher_);
  EXPECT_EQ(entries[1]["actor_id"], organizerId_);
  // Paged like every list.
  auto first = get("/api/v1/network/audit?limit=2", &admin_);
  ASSERT_EQ(first.json()["items"].size(), 2u);
  auto rest = get("/api/v1/network/audit?limit=10&cursor=" + first.json()["next_cursor"].get<std::string>(), &admin_);
  EXPECT_EQ(rest.json()["items"].size(), 5u);

  EXPECT_EQ(get("/api/v1/network/audit", &organizer_).status, 403);
  EXPECT_EQ(get("/api/v1/network/audit", &labor_).status, 403);
  EXPECT_EQ(get("/api/v1/network/audit").status, 401);
  // Nothing of the event reaches a district's own log.
  auto districtLog = get("/api/v1/districts/" + std::to_string(district_) + "/audit", &labor_);
  ASSERT_EQ(districtLog.status, 200) << districtLog.body;
  nlohmann::json districtEntries = districtLog.json()["items"];
  for (const auto& e : districtEntries)
    EXPECT_NE(e["action"].get<std::string>().rfind("event", 0), 0u) << e.dump();
}

TEST_P(EventApi, WhoMayDoWhat) {
  long long event = createEvent();
  long long team = registerHarbor(event);
  struct Who {
    std::string name;
    const Session* session;
    int create, edit, read, readTeam, writePlan, dashboard;
  };
  std::vector<Who> table = {
      {"administrator", &admin_, 201, 200, 200, 404, 404, 403},
      {"organizer", &organizer_, 403, 200, 200, 200, 403, 200},
      {"district leader", &labor_, 403, 403, 200, 200, 201, 403},
      {"district member", &management_, 403, 403, 200, 200, 403, 403},
      {"member of another district", &valley_, 403, 403, 200, 404, 404, 403},
      {"anonymous", nullptr, 401, 401, 401, 401, 401, 401},
  };
  for (const auto& who : table) {
    SCOPED_TRACE(who.name);
    auto created = post("/api/v1/events",
                        {{"title", "Summit"},
                         {"starts_on", "2027-01-10"},
                         {"ends_on", "2027-01-11"},
                         {"team_capacity", 3},
                         {"pledge", "We will."}},
                        who.session);
    EXPECT_EQ(created.status, who.create) << created.body;
    EXPECT_EQ(patch(eventPath(event), {{"description", "Updated"}}, who.session).status, who.edit);
    EXPECT_EQ(get(eventPath(event), who.session).status, who.read);
    EXPECT_EQ(get("/api/v1/events", who.session).status, who.read);
    EXPECT_EQ(get(teamPath(event, team), who.session).status, who.readTeam);
    EXPECT_EQ(post(teamPath(event, team) + "/goals",
                   {{"text", "Joint budget calendar"}, {"owner_id", labor_.userId}, {"due_date", "2027-01-01"}},
                   who.session)
                  .status,
              who.writePlan);
    EXPECT_EQ(get(eventPath(event) + "/dashboard", who.session).status, who.dashboard);
  }
  // Registering a team is for the district's leaders.
  long long other = createEvent({{"title", "Second"}});
  EXPECT_EQ(registerTeam(other, district_, harborTeam(), management_).status, 403);
  EXPECT_EQ(registerTeam(other, district_, harborTeam(), valley_).status, 404);
  EXPECT_EQ(registerTeam(other, district_, harborTeam(), organizer_).status, 404);
  EXPECT_EQ(registerTeam(other, district_, harborTeam(), super_).status, 201);
}

// A team's id tells a stranger nothing: every route of a team, and of a team's goal, answers a member of
// another district (and the administrator, who is not on the team) with the same status and words for
// Harbor's team and goal as for ids of nothing.
TEST_P(EventApi, ATeamsIdTellsAStrangerNothing) {
  long long event = createEvent();
  long long team = registerHarbor(event);
  long long goal = addGoal(event, team, "Joint budget calendar", labor_.userId);
  ASSERT_GT(goal, 0);
  auto fill = [&](std::string pattern, long long teamId, long long goalId) {
    for (auto [name, value] : {std::pair<std::string, long long>{"{event}", event}, {"{team}", teamId},
                               {"{goal}", goalId}})
      if (auto at = pattern.find(name); at != std::string::npos) pattern.replace(at, name.size(), std::to_string(value));
    return pattern;
  };
  auto call = [&](const std::string& method, const std::string& target, const Session& who) {
    if (method == "GET") return get(target, &who);
    return sendAs({method, target, {{"Content-Type", "application/json"}}, "{}"}, &who);
  };
  int probed = 0;
  for (const Session* who : {&valley_, &admin_}) {
    for (const auto& route : app_->router().routes()) {
      if (route.pattern.find("/teams/{team}") == std::string::npos) continue;
      bool ofGoal = route.pattern.find("{goal}") != std::string::npos;
      // The real team with an id of no goal, so that a goal route is asked about the goal alone.
      std::vector<std::pair<std::string, std::string>> probes = {
          {fill(route.pattern, team, goal), fill(route.pattern, 987654, goal)}};
      if (ofGoal) probes.push_back({fill(route.pattern, team, goal), fill(route.pattern, team, 987654)});
      for (const auto& [some, none] : probes) {
        auto a = call(route.method, some, *who);
        auto b = call(route.method, none, *who);
        ++probed;
        EXPECT_EQ(a.status, b.status) << route.method << " " << some << "\n" << a.body << "\n" << b.body;
        EXPECT_EQ(a.body, b.body) << route.method << " " << some;
        EXPECT_LT(a.status, 500) << route.method << " " << some << " " << a.body;
      }
    }
  }
  EXPECT_GE(probed, 20);  // 8 team routes, 2 of them a goal's asked twice, for each of the two
  // The probes with the real ids were refused: the goal is still there.
  auto still = get(teamPath(event, team), &labor_);
  ASSERT_EQ(still.status, 200) << still.body;
  EXPECT_NE(still.body.find("Joint budget calendar"), std::string::npos) << still.body;
}

TEST_P(EventApi, ATeamMustIncludeTheThreeLeadersOfItsDistrict) {
  long long event = createEvent();
  struct Case {
    std::vector<long long> members;
    std::string missing;
  };
  std::vector<Case> cases = {
      {{labor_.userId, board_.userId}, "superintendent"},
      {{super_.userId, board_.userId, management_.userId}, "union president"},
      {{super_.userId, labor_.userId}, "board president"},
  };
  for (const auto& c : cases) {
    auto r = registerTeam(event, district_, c.members, labor_);
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_EQ(r.json()["error"]["field"], "member_ids");
    EXPECT_NE(r.json()["error"]["message"].get<std::string>().find(c.missing), std::string::npos) << r.body;
  }
  std::vector<long long> withStranger = harborTeam();
  withStranger.push_back(valleyTeacher_);
  EXPECT_EQ(registerTeam(event, district_, withStranger, labor_).json()["error"]["field"], "member_ids");
  EXPECT_EQ(registerTeam(event, district_, {}, labor_).json()["error"]["field"], "member_ids");
  EXPECT_EQ(post(eventPath(event) + "/teams", {{"member_ids", harborTeam()}}, &labor_).json()["error"]["field"],
            "district_id");
  std::vector<long long> withMore = harborTeam();
  withMore.push_back(management_.userId);
  auto ok = registerTeam(event, district_, withMore, labor_);
  ASSERT_EQ(ok.status, 201) << ok.body;
  EXPECT_EQ(ok.json()["status"], "registered");
  EXPECT_EQ(ok.json()["members"].size(), 4u);
  EXPECT_EQ(registerTeam(event, district_, harborTeam(), labor_).status, 409);
  long long closed = createEvent({{"registration_open", false}});
  EXPECT_EQ(registerTeam(closed, district_, harborTeam(), labor_).status, 409);
}

TEST_P(EventApi, TeamsBeyondCapacityWaitInLineAndMoveUpWhenATeamWithdraws) {
  long long event = createEvent({{"team_capacity", 1}});
  DistrictTeam bay = newDistrict("Bay Unified"), coast = newDistrict("Coast Unified");
  long long harbor = registerHarbor(event);
  auto second = registerTeam(event, bay.district, bay.members(), bay.union_);
  ASSERT_EQ(second.status, 201) << second.body;
  EXPECT_EQ(second.json()["status"], "waitlisted");
  EXPECT_EQ(second.json()["waitlist_position"], 1);
  auto third = registerTeam(event, coast.district, coast.members(), coast.board);
  ASSERT_EQ(third.status, 201) << third.body;
  EXPECT_EQ(third.json()["waitlist_position"], 2);
  long long bayTeam = second.json()["id"].get<long long>(), coastTeam = third.json()["id"].get<long long>();

  EXPECT_EQ(post(teamPath(event, harbor) + "/withdraw", nlohmann::json::object(), &management_).status, 403);
  auto withdrawn = post(teamPath(event, harbor) + "/withdraw", nlohmann::json::object(), &labor_);
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
  EXPECT_EQ(withdrawn.json()["status"], "withdrawn");
  auto bayNow = get(teamPath(event, bayTeam), &bay.board).json();
  EXPECT_EQ(bayNow["status"], "registered");
  EXPECT_TRUE(bayNow["waitlist_position"].is_null());
  EXPECT_EQ(get(teamPath(event, coastTeam), &coast.union_).json()["waitlist_position"], 1);
  auto view = get(eventPath(event), &coast.union_).json();
  EXPECT_EQ(view["registered_teams"], 1);
  EXPECT_EQ(view["waitlisted_teams"], 1);
  ASSERT_EQ(view["my_teams"].size(), 1u);
  EXPECT_EQ(view["my_teams"][0]["waitlist_position"], 1);

  // More places move the line up; the withdrawn district may register again, at the end of it.
  ASSERT_EQ(patch(eventPath(event), {{"team_capacity", 2}}, &organizer_).status, 200);
  EXPECT_EQ(get(teamPath(event, coastTeam), &coast.union_).json()["status"], "registered");
  auto again = registerTeam(event, district_, harborTeam(), super_);
  ASSERT_EQ(again.status, 201) << again.body;
  EXPECT_EQ(again.json()["status"], "waitlisted");
  EXPECT_EQ(again.json()["waitlist_position"], 1);
}

TEST_P(EventApi, EachMemberSignsThePledgeThemself) {
  long long event = createEvent();
  long long team = registerHarbor(event);
  std::string pledge = teamPath(event, team) + "/pledge";
  auto forAnother = post(pledge, {{"user_id", super_.userId}}, &labor_);
  EXPECT_EQ(forAnother.status, 403) << forAnother.body;
  EXPECT_EQ(post(pledge, nlohmann::json::object(), &management_).status, 403);
  EXPECT_EQ(post(pledge, nlohmann::json::object(), &organizer_).status, 403);
  EXPECT_EQ(post(pledge, nlohmann::json::object(), &valley_).status, 404);
  for (const Session* who : {&super_, &labor_}) {
    auto r = post(pledge, nlohmann::json::object(), who);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_FALSE(r.json()["fully_signed"].get<bool>());
  }
  auto last = post(pledge, {{"user_id", board_.userId}}, &board_);
  ASSERT_EQ(last.status, 200) << last.body;
  EXPECT_TRUE(last.json()["fully_signed"].get<bool>());
  nlohmann::json members = last.json()["members"];
  ASSERT_EQ(members.size(), 3u);
  for (const auto& m : members) EXPECT_TRUE(m["signed_at"].is_number()) << m.dump();
  EXPECT_EQ(post(pledge, nlohmann::json::object(), &labor_).status, 409);
}

TEST_P(EventApi, APlanBroughtHomeBecomesTheDistrictsActionItems) {
  long long event = createEvent();
  long long team = registerHarbor(event);
  long long first = addGoal(event, team, "Publish a joint budget calendar", labor_.userId);
  long long second = addGoal(event, team, "Train site teams in interest-based bargaining", management_.userId);
  auto stranger = post(teamPath(event, team) + "/goals",
                       {{"text", "x"}, {"owner_id", valleyTeacher_}, {"due_date", "2027-01-01"}}, &labor_);
  EXPECT_EQ(stranger.json()["error"]["field"], "owner_id") << stranger.body;
  auto edited = patch(teamPath(event, team) + "/goals/" + std::to_string(second), {{"due_date", "2027-05-01"}},
                      &board_);
  ASSERT_EQ(edited.status, 200) << edited.body;

  auto home = post(teamPath(event, team) + "/bring-home", {{"body_id", body_}}, &labor_);
  ASSERT_EQ(home.status, 200) << home.body;
  ASSERT_EQ(home.json()["items"].size(), 2u);
  auto items = get(base_ + "/action-items", &management_).json()["items"];
  ASSERT_EQ(items.size(), 2u) << items.dump();
  nlohmann::json goals = home.json()["items"];
  for (const auto& goal : goals) {
    bool found = false;
    for (const auto& item : items) {
      if (item["id"] != goal["action_item_id"]) continue;
      found = true;
      EXPECT_EQ(item["title"], goal["text"]);
      EXPECT_EQ(item["owner_id"], goal["owner_id"]);
      EXPECT_EQ(item["due_date"], goal["due_date"]);
      EXPECT_EQ(item["body_id"], body_);
    }
    EXPECT_TRUE(found) << goal.dump();
  }
  EXPECT_EQ(items[1]["due_date"], "2027-05-01");
  EXPECT_EQ(post(teamPath(event, team) + "/bring-home", nlohmann::json::object(), &labor_).status, 409);
  EXPECT_EQ(del(teamPath(event, team) + "/goals/" + std::to_string(first), &labor_).status, 409);
  // A goal added later comes home on its own; the others are not repeated.
  addGoal(event, team, "Share the plan with all staff", super_.userId);
  ASSERT_EQ(post(teamPath(event, team) + "/bring-home", nlohmann::json::object(), &labor_).status, 200);
  EXPECT_EQ(get(base_ + "/action-items", &management_).json()["items"].size(), 3u);
  // Nothing of it reaches another district.
  EXPECT_TRUE(get(districtPath(otherDistrict_) + "/action-items", &other_).json()["items"].empty());
  EXPECT_EQ(post(teamPath(event, team) + "/bring-home", nlohmann::json::object(), &valley_).status, 404);
}

TEST_P(EventApi, CheckInsFallDue30And90And180DaysAfterTheEvent) {
  long long event = createEvent();
  long long team = registerHarbor(event);
  long long goal = addGoal(event, team, "Publish a joint budget calendar", labor_.userId);
  auto dueOn = [&](int days) { return "/api/v1/me/check-ins-due?on=" + isoDateOf(nowSeconds() - 40LL * 86400 + days * 86400LL); };
  EXPECT_TRUE(get(dueOn(29), &labor_).json()["items"].empty());
  auto due = get(dueOn(30), &labor_);
  ASSERT_EQ(due.status, 200) << due.body;
  ASSERT_EQ(due.json()["items"].size(), 1u);
  EXPECT_EQ(due.json()["items"][0]["milestone"], 30);
  EXPECT_EQ(due.json()["items"][0]["state"], "due");
  EXPECT_EQ(due.json()["items"][0]["team_id"], team);
  EXPECT_EQ(get(dueOn(44), &labor_).json()["items"][0]["state"], "overdue");
  auto later = get(dueOn(95), &board_).json()["items"];
  ASSERT_EQ(later.size(), 2u);
  EXPECT_EQ(later[1]["milestone"], 90);
  EXPECT_EQ(later[1]["due_on"], isoDateOf(nowSeconds() + 50LL * 86400));
  EXPECT_TRUE(get(dueOn(30), &management_).json()["items"].empty());  // not on the team
  EXPECT_EQ(get("/api/v1/me/check-ins-due?on=soon", &labor_).json()["error"]["field"], "on");

  std::string checkIns = teamPath(event, team) + "/check-ins";
  nlohmann::json report = {{"milestone", 30},
                           {"progress", {{{"goal_id", goal}, {"status", "in_progress"}, {"note", "Drafted"}}}}};
  EXPECT_EQ(post(checkIns, report, &valley_).status, 404);
  EXPECT_EQ(post(checkIns, report, &organizer_).status, 403);
  EXPECT_EQ(post(checkIns, {{"milestone", 60}, {"progress", report["progress"]}}, &labor_).json()["error"]["field"],
            "milestone");
  EXPECT_EQ(post(checkIns, {{"milestone", 30}, {"progress", nlohmann::json::array()}}, &labor_)
                .json()["error"]["field"],
            "progress");
  EXPECT_EQ(post(checkIns,
                 {{"milestone", 30}, {"progress", {{{"goal_id", goal}, {"status", "finished"}, {"note", ""}}}}},
                 &labor_)
                .json()["error"]["field"],
            "progress");
  auto reported = post(checkIns, report, &board_);
  ASSERT_EQ(reported.status, 201) << reported.body;
  EXPECT_EQ(reported.json()["progress"][0]["status"], "in_progress");
  EXPECT_EQ(post(checkIns, report, &labor_).status, 409);
  EXPECT_EQ(post(checkIns, {{"milestone", 90}, {"progress", report["progress"]}}, &labor_).status, 409);  // not yet
  EXPECT_TRUE(get(dueOn(44), &labor_).json()["items"].empty());

  auto dashboard = get(eventPath(event) + "/dashboard?on=" + daysFromToday(55), &organizer_);
  ASSERT_EQ(dashboard.status, 200) << dashboard.body;
  auto row = dashboard.json()["teams"][0];
  EXPECT_EQ(row["district_name"], "Harbor Unified");
  EXPECT_EQ(row["goals"], 1);
  ASSERT_EQ(row["check_ins"].size(), 3u);
  EXPECT_EQ(row["check_ins"][0]["state"], "reported");
  EXPECT_EQ(row["check_ins"][1]["state"], "due");
  EXPECT_EQ(row["check_ins"][1]["due_on"], daysFromToday(50));
  EXPECT_EQ(row["check_ins"][2]["state"], "upcoming");
  EXPECT_EQ(get(eventPath(event) + "/dashboard?on=" + daysFromToday(65), &organizer_).json()["teams"][0]["check_ins"][1]["state"],
            "overdue");
  auto teamView = get(teamPath(event, team), &management_).json();
  ASSERT_EQ(teamView["check_ins"].size(), 1u);
  EXPECT_EQ(teamView["check_ins"][0]["progress"][0]["note"], "Drafted");
  EXPECT_EQ(teamView["check_in_schedule"][0]["due_on"], isoDateOf(nowSeconds() - 10LL * 86400));
}

TEST_P(EventApi, ACheckInDueGoesIntoTheTeamMembersDailyDigest) {
  long long event = createEvent();  // it ended 40 days ago: the 30-day check-in fell due 10 days ago
  long long team = registerHarbor(event);
  auto checkInsIn = [&](const Session& who) {
    std::vector<domain::DigestItem> found;
    auto tx = store_->read();
    EXPECT_TRUE(tx.ok());
    if (!tx.ok()) return found;
    auto user = (*tx)->users().byId(who.userId);
    EXPECT_TRUE(user.ok());
    auto digest = domain::composeDigest(**tx, *user, nowSeconds());
    EXPECT_TRUE(digest.ok());
    for (const auto& district : digest->districts)
      for (const auto& item : district.items)
        if (item.kind == "check_in_due") found.push_back(item);
    return found;
  };
  auto items = checkInsIn(labor_);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].title, "Partnership Retreat (30)");
  EXPECT_EQ(items[0].date, isoDateOf(nowSeconds() - 10LL * 86400));
  EXPECT_FALSE(items[0].overdue);
  EXPECT_EQ(items[0].path, "/network/events/" + std::to_string(event) + "/teams/" + std::to_string(team));
  EXPECT_TRUE(checkInsIn(management_).empty());  // not on the team
  ASSERT_EQ(patch("/api/v1/me/notifications", {{"kinds", {{"check_in_due", false}}}}, &labor_).status, 200);
  EXPECT_TRUE(checkInsIn(labor_).empty());
}

// The post-event survey runs from the event's first day through 14 days after its last.
TEST_P(EventApi, SurveyResultsShowOnlyFromThreeResponsesAndNeverWhoAnswered) {
  long long event = createEvent({{"starts_on", daysFromToday(-3)}, {"ends_on", daysFromToday(-2)}});
  registerHarbor(event);
  std::string survey = eventPath(event) + "/survey", results = survey + "/results";
  auto answers = [](int v) {
    return nlohmann::json{{"overall", v}, {"sessions", v}, {"peer_learning", 5}, {"action_planning", 4}};
  };
  EXPECT_EQ(post(survey, {{"answers", answers(4)}}, &management_).status, 403);  // not on the team
  EXPECT_EQ(get(results, &valley_).status, 403);
  EXPECT_EQ(post(survey, {{"answers", {{"overall", 6}}}}, &labor_).json()["error"]["field"], "answers");
  EXPECT_EQ(post(survey, {{"answers", {{"overall", 4}}}}, &labor_).json()["error"]["field"], "answers");
  auto first = post(survey, {{"answers", answers(4)}, {"comment", "Time to plan together was gold."}}, &labor_);
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.json(), nlohmann::json({{"answered", true}}));  // nothing that could find the response again
  EXPECT_EQ(post(survey, {{"answers", answers(2)}}, &labor_).status, 409);
  ASSERT_EQ(post(survey, {{"answers", answers(5)}}, &super_).status, 201);
  ASSERT_EQ(post(survey, {{"answers", answers(3)}, {"comment", "More sessions on data."}}, &board_).status, 201);
  // Closed: moving the event back in time ends the survey's 14 days.
  ASSERT_EQ(patch(eventPath(event), {{"starts_on", daysFromToday(-30)}, {"ends_on", daysFromToday(-29)}}, &organizer_)
                .status,
            200);
  auto three = get(results, &labor_);
  ASSERT_EQ(three.status, 200) << three.body;
  EXPECT_EQ(three.json()["status"], "closed");
  EXPECT_EQ(three.json()["closes_on"], daysFromToday(-15));
  EXPECT_TRUE(three.json()["shown"].get<bool>());
  EXPECT_EQ(three.json()["items"][0]["item"], "overall");
  EXPECT_DOUBLE_EQ(three.json()["items"][0]["average"].get<double>(), 4.0);
  EXPECT_EQ(three.json()["items"][0]["counts"], nlohmann::json({0, 0, 1, 1, 1}));
  EXPECT_EQ(three.json()["comments"].size(), 2u);
  for (const char* name : {"labor", "Superintendent", "board"})
    EXPECT_EQ(three.body.find(name), std::string::npos) << three.body;
  for (const char* key : {"user_id", "response_id", "answered_at", "created_at"})
    EXPECT_EQ(three.body.find(key), std::string::npos) << three.body;

  // Two responses, closed: still below the minimum, so nothing but the count.
  long long few = createEvent({{"starts_on", daysFromToday(-3)}, {"ends_on", daysFromToday(-2)}});
  registerHarbor(few);
  ASSERT_EQ(post(eventPath(few) + "/survey", {{"answers", answers(4)}}, &labor_).status, 201);
  ASSERT_EQ(post(eventPath(few) + "/survey", {{"answers", answers(5)}}, &super_).status, 201);
  ASSERT_EQ(patch(eventPath(few), {{"starts_on", daysFromToday(-30)}, {"ends_on", daysFromToday(-29)}}, &organizer_)
                .status,
            200);
  auto two = get(eventPath(few) + "/survey/results", &organizer_);
  ASSERT_EQ(two.status, 200) << two.body;
  EXPECT_EQ(two.json()["status"], "closed");
  EXPECT_EQ(two.json()["responses"], 2);
  EXPECT_FALSE(two.json()["shown"].get<bool>());
  EXPECT_TRUE(two.json()["items"].empty());
  EXPECT_TRUE(two.json()["comments"].empty());

  // Before the event the survey is not open.
  long long future = createEvent({{"starts_on", daysFromToday(10)}, {"ends_on", daysFromToday(11)}});
  registerHarbor(future);
  EXPECT_EQ(post(eventPath(future) + "/survey", {{"answers", answers(4)}}, &labor_).status, 409);
}

TEST_P(EventApi, WhileThePostEventSurveyIsOpenItsResultsAreOnlyTheCountForEveryone) {
  long long event = createEvent({{"starts_on", daysFromToday(-3)}, {"ends_on", daysFromToday(-2)}});
  registerHarbor(event);
  std::string survey = eventPath(event) + "/survey";
  nlohmann::json answers = {{"overall", 4}, {"sessions", 4}, {"peer_learning", 5}, {"action_planning", 4}};
  for (const Session* who : {&labor_, &super_, &board_})
    ASSERT_EQ(post(survey, {{"answers", answers}, {"comment", "Good."}}, who).status, 201);
  // Three responses, past the minimum, but the survey runs until 14 days after the event: nothing yet.
  for (const Session* reader : {&organizer_, &admin_, &labor_}) {
    auto r = get(survey + "/results", reader);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["status"], "open");
    EXPECT_EQ(r.json()["closes_on"], daysFromToday(12));
    EXPECT_EQ(r.json()["responses"], 3);
    EXPECT_FALSE(r.json()["shown"].get<bool>());
    EXPECT_TRUE(r.json()["items"].empty()) << r.body;
    EXPECT_TRUE(r.json()["comments"].empty()) << r.body;
  }
}

TEST_P(EventApi, OnceThePostEventSurveyHasClosedNoAnswerIsTakenAndTheDatesStay) {
  long long event = createEvent({{"starts_on", daysFromToday(-3)}, {"ends_on", daysFromToday(-2)}});
  registerHarbor(event);
  nlohmann::json answers = {{"overall", 4}, {"sessions", 4}, {"peer_learning", 5}, {"action_planning", 4}};
  ASSERT_EQ(post(eventPath(event) + "/survey", {{"answers", answers}}, &labor_).status, 201);
  ASSERT_EQ(patch(eventPath(event), {{"starts_on", daysFromToday(-30)}, {"ends_on", daysFromToday(-29)}}, &organizer_)
                .status,
            200);
  auto late = post(eventPath(event) + "/survey", {{"answers", answers}}, &super_);
  EXPECT_EQ(late.status, 409) << late.body;
  // Reopening it would let a second reading of the results tell a late answer apart.
  auto reopen = patch(eventPath(event), {{"ends_on", daysFromToday(-1)}}, &organizer_);
  EXPECT_EQ(reopen.status, 409) << reopen.body;
  EXPECT_EQ(reopen.json()["error"]["field"], "ends_on");
  auto moved = patch(eventPath(event), {{"starts_on", daysFromToday(-31)}}, &organizer_);
  EXPECT_EQ(moved.status, 409) << moved.body;
  EXPECT_EQ(patch(eventPath(event), {{"place", "Monterey"}}, &organizer_).status, 200);
  // The long-past event of the other tests: its survey closed 26 days ago.
  long long old = createEvent();
  registerHarbor(old);
  EXPECT_EQ(post(eventPath(old) + "/survey", {{"answers", answers}}, &labor_).status, 409);
}

TEST_P(EventApi, AnswersToThePostEventSurveyLeaveNoTraceInAnyAuditLog) {
  long long event = createEvent({{"starts_on", daysFromToday(-3)}, {"ends_on", daysFromToday(-2)}});
  registerHarbor(event);
  auto network = [&] { return get("/api/v1/network/audit?limit=200", &admin_).json()["items"].size(); };
  auto district = [&] { return get(districtPath(district_) + "/audit?limit=200", &super_).json()["items"].size(); };
  auto beforeNetwork = network(), beforeDistrict = district();
  nlohmann::json answers = {{"overall", 4}, {"sessions", 4}, {"peer_learning", 5}, {"action_planning", 4}};
  for (const Session* who : {&labor_, &super_}) ASSERT_EQ(post(eventPath(event) + "/survey", {{"answers", answers}}, who).status, 201);
  EXPECT_EQ(network(), beforeNetwork);
  EXPECT_EQ(district(), beforeDistrict);
}

TEST_P(EventApi, InvalidInputIsRefusedNamingTheField) {
  struct Case {
    nlohmann::json body;
    std::string field;
  };
  nlohmann::json good = {{"title", "Summit"}, {"starts_on", "2027-01-10"}, {"ends_on", "2027-01-11"},
                         {"team_capacity", 3}, {"pledge", "We will."}};
  auto with = [&](const nlohmann::json& change) {
    nlohmann::json b = good;
    b.update(change);
    return b;
  };
  auto without = [&](const char* field) {
    nlohmann::json b = good;
    b.erase(field);
    return b;
  };
  std::vector<Case> cases = {
      {without("title"), "title"},
      {with({{"title", "   "}}), "title"},
      {with({{"kind", "party"}}), "kind"},
      {with({{"starts_on", "2027-02-30"}}), "starts_on"},
      {with({{"ends_on", "2027-01-09"}}), "ends_on"},
      {with({{"team_capacity", 0}}), "team_capacity"},
      {with({{"team_capacity", "many"}}), "team_capacity"},
      {without("pledge"), "pledge"},
      {with({{"organizer_emails", {"nobody@example.org"}}}), "organizer_emails"},
  };
  for (const auto& c : cases) {
    auto r = post("/api/v1/events", c.body, &admin_);
    EXPECT_EQ(r.status, 400) << c.body.dump() << r.body;
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.body.dump() << r.body;
  }
  EXPECT_TRUE(get("/api/v1/events", &admin_).json()["items"].empty());
  long long event = createEvent();
  std::string sessions = eventPath(event) + "/sessions";
  EXPECT_EQ(post(sessions, {{"title", "A"}, {"starts_at", "2026-06-10 9am"}}, &organizer_).json()["error"]["field"],
            "starts_at");
  EXPECT_EQ(post(sessions, {{"title", "A"}, {"starts_at", "2026-06-10T09:00"}, {"presenting_district_ids", {999999}}},
                 &organizer_)
                .json()["error"]["field"],
            "presenting_district_ids");
  EXPECT_EQ(patch(eventPath(event), {{"ends_on", "2000-01-01"}}, &organizer_).json()["error"]["field"], "ends_on");
  long long team = registerHarbor(event);
  EXPECT_EQ(post(teamPath(event, team) + "/goals", {{"owner_id", labor_.userId}, {"due_date", "2027-01-01"}}, &labor_)
                .json()["error"]["field"],
            "text");
  EXPECT_EQ(post(teamPath(event, team) + "/goals", {{"text", "x"}, {"owner_id", labor_.userId}, {"due_date", "soon"}},
                 &labor_)
                .json()["error"]["field"],
            "due_date");
  addGoal(event, team, "Goal", labor_.userId);
  EXPECT_EQ(post(teamPath(event, team) + "/bring-home", {{"body_id", body_ + 1000}}, &labor_).json()["error"]["field"],
            "body_id");
  EXPECT_TRUE(get(base_ + "/action-items", &labor_).json()["items"].empty());
}

}  // namespace
}  // namespace accord::testing
