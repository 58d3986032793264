#include "domain/demo/demo_history.hpp"
#include "domain/demo/demo_people.hpp"

#include <algorithm>
#include <functional>
#include <map>


#include "common/calendar_date.hpp"
#include "domain/action/use_cases.hpp"
#include "domain/body/use_cases.hpp"
#include "domain/charter/use_cases.hpp"
#include "domain/handbook/use_cases.hpp"
#include "domain/decision/use_cases.hpp"
#include "domain/issue/use_cases.hpp"
#include "domain/meeting/use_cases.hpp"
#include "domain/notification/use_cases.hpp"
#include "domain/outcome/rules.hpp"
#include "domain/selfcheck/use_cases.hpp"

namespace accord::domain {

namespace {

constexpr UnixSeconds kDay = 86400;
constexpr int kYears = 15;
constexpr int kMonthsNow = kYears * 12;  // the month index of `now`'s month
constexpr int kSuperintendentArrived = kMonthsNow - 8 * 12;
constexpr int kUnionPresidentTookOver = kMonthsNow - 2 * 12;

const char* const kFormerSuperintendent = "eleanor.vance@demo.accord.example";
const char* const kFormerUnionPresident = "thomas.brennan@demo.accord.example";
const char* const kChavezPrincipal = "carmen.flores@demo.accord.example";
const char* const kChavezSiteRep = "david.park@demo.accord.example";
const char* const kPrincipal = "principal@demo.accord.example";
const char* const kSiteRep = "site.rep@demo.accord.example";
const char* const kBoardPresident = "board.president@demo.accord.example";

// The partnership's months, counted from the month fifteen years before `now`'s (month 0).
class Calendar {
 public:
  explicit Calendar(UnixSeconds now) : now_(now) {
    accord::CivilDate today = accord::civilFromDays(accord::dayOf(now));
    firstMonth_ = (today.year - kYears) * 12 + (today.month - 1);
  }
  // The moment of a day of month `m`, at `hour` UTC (17:00 is the morning in California).
  UnixSeconds at(int m, int day = 10, int hour = 17) const {
    long long total = firstMonth_ + m;
    return accord::daysFromCivil(total / 12, static_cast<int>(total % 12) + 1, day) * kDay + hour * 3600;
  }
  std::string date(int m, int day = 10) const { return isoDateOf(at(m, day)); }
  UnixSeconds now() const { return now_; }

 private:
  UnixSeconds now_;
  long long firstMonth_ = 0;
};

// One joint body's people at a moment of its history.
struct Chairs {
  Caller management;
  Caller labor;
};

class History {
 public:
  History(Store& store, long long districtId, std::vector<std::string> principles, UnixSeconds now)
      : store_(store), district_(districtId), principles_(std::move(principles)), cal_(now) {}

  Result<void> load(const std::vector<DemoAccount>& accounts);

 private:
  // People.
  const Caller& person(const std::string& email) const { return people_.at(email); }
  Result<std::vector<const Caller*>> voters(long long bodyId);

  // The committee's beginnings and its co-chairs.
  Result<void> formCommittee(const Caller& admin);
  Result<void> handOver(const Caller& outgoing, const Caller& incoming, const std::string& side, int month,
                        const std::function<void(CharterInput&)>& revise, int signedMonth);
  Result<long long> formSiteTeam(const std::string& name, const std::string& school, const Caller& principal,
                                 const std::vector<const Caller*>& labor, int month);

  // Decisions: through an issue worked the interest-based way, or proposed directly.
  struct IssueStory {
    std::string title, description;
    const Caller* raisedBy;
    std::vector<std::pair<std::string, std::string>> interests;  // tag, text
    std::vector<std::string> options;                              // the first is chosen
    std::vector<std::pair<std::string, int>> criteria;             // text, weight
    std::string solution;
  };
  struct DecisionStory {
    std::string title, text;
    const Caller* proposedBy;
    std::vector<std::string> articles, metrics;
    UnixSeconds effectiveAt = 0, reviewAt = 0;
  };
  Result<long long> workIssue(const IssueStory& story, int month);
  Result<long long> decide(DecisionStory story, std::optional<long long> issueId, int month, int day) {
    return decideOn(cal_.at(month, day), std::move(story), issueId);
  }
  Result<long long> decideOn(UnixSeconds at, DecisionStory story, std::optional<long long> issueId);

  // Meetings.
  struct AgendaLine {
    AgendaLine(std::string t, int m, std::optional<long long> issue = std::nullopt,
               std::optional<long long> decision = std::nullopt)
        : title(std::move(t)), minutes(m), issueId(issue), decisionId(decision) {}
    std::string title;
    int minutes;
    std::optional<long long> issueId, decisionId;
  };
  Result<void> monthlyMeeting(int month, const std::vector<AgendaLine>& agenda, const std::string& minutes);
  Result<void> weeklyMeeting(const std::string& date, const AgendaLine& item, const std::string& minutes);
  Result<void> holdMeeting(long long seriesId, const std::string& date, UnixSeconds at,
                           const std::vector<const Caller*>& present, const std::vector<AgendaLine>& agenda,
                           const std::string& minutes);

  Result<long long> actionItem(const Caller& by, const std::string& title, const Caller& owner, long long bodyId,
                               const std::string& dueDate, std::optional<long long> decisionId, UnixSeconds at);
  Result<void> setStatus(const Caller& by, long long itemId, const std::string& status, UnixSeconds at);
  Result<void> selfCheck(int year, UnixSeconds at, const std::map<std::string, std::string>& ratings,
                         const std::string& note);

  Store& store_;
  long long district_;
  std::vector<std::string> principles_;
  Calendar cal_;
  std::map<std::string, Caller> people_;
  long long committee_ = 0;
  long long monthlySeries_ = 0;
  Chairs chairs_;
};

CharterInput firstCharter(const Calendar& cal, const std::vector<std::string>& principles) {
  CharterInput c;
  c.mission =
      "Labor and management work as allies so that every student in the district learns and achieves more "
      "each year.";
  c.principles = principles;
  c.norms = std::vector<std::string>{"We meet every month, and the co-chairs every week.",
                                     "We solve problems on their merits, by interests rather than positions.",
                                     "What we agree, we carry out together."};
  c.reviewDate = cal.date(36);
  return c;
}

Result<void> History::load(const std::vector<DemoAccount>& accounts) {
  {
    ACCORD_TRY(auto tx, store_.read());
    std::vector<DemoAccount> everyone = accounts;
    everyone.insert(everyone.end(), demoPeopleWithoutAccounts().begin(), demoPeopleWithoutAccounts().end());
    for (const auto& a : everyone) {
      Caller c;
      ACCORD_TRY(c.user, tx->users().byEmail(a.email));
      people_[a.email] = c;
    }
  }
  const Caller& admin = person(accounts[0].email);
  const Caller& maria = person(accounts[1].email);
  const Caller& james = person(accounts[2].email);
  const Caller& eleanor = person(kFormerSuperintendent);
  const Caller& thomas = person(kFormerUnionPresident);
  const Caller& linda = person(kBoardPresident);
  const Caller& robert = person(kPrincipal);
  const Caller& ana = person(kSiteRep);

  // Year one: the committee, its charter, its monthly meeting and its first self-check.
  ACCORD_CHECK(formCommittee(admin));
  ACCORD_TRY(CharterVersion v1, draftCharter(store_, eleanor, district_, committee_, firstCharter(cal_, principles_),
                                             cal_.at(0, 12)));
  ACCORD_CHECK(signCharter(store_, eleanor, district_, committee_, v1.id, cal_.at(0, 20)));
  ACCORD_CHECK(signCharter(store_, thomas, district_, committee_, v1.id, cal_.at(0, 21)));
  SeriesInput monthly;
  monthly.title = "Monthly committee meeting";
  monthly.start = cal_.date(1) + "T16:00";
  monthly.durationMinutes = 120;
  monthly.location = "District office, board room";
  monthly.frequency = "monthly";
  monthly.count = kMonthsNow + 6;  // half a year ahead of today
  ACCORD_TRY(MeetingSeries series,
             scheduleMeetingSeries(store_, eleanor, district_, committee_, monthly, cal_.at(0, 22)));
  monthlySeries_ = series.id;
  ACCORD_CHECK(monthlyMeeting(1,
                              {{"How we work together: the charter and its norms", 40},
                               {"What each side hopes the committee will solve", 60}},
                              "The co-chairs read the charter both sides signed. Each side named the problems it "
                              "hopes the committee will solve first; new teachers leaving came first on both lists."));
  ACCORD_CHECK(selfCheck(yearOf(cal_.at(6)), cal_.at(6),
                         {{"joint_committee", "implemented"},
                          {"signed_charter", "implemented"},
                          {"joint_decision_rule", "implemented"},
                          {"interest_based_problem_solving", "being_developed"},
                          {"joint_communications", "being_discussed"},
                          {"shared_data_review", "being_discussed"},
                          {"site_teams", "not_existing"},
                          {"joint_professional_development", "not_existing"},
                          {"site_issues_to_district", "not_existing"},
                          {"leadership_transition", "not_existing"}},
                         "Monthly, two hours, since the charter was signed."));

  // The first problem solved by interests: new teachers leaving.
  ACCORD_TRY(long long retention,
             workIssue({"New teachers leave within two years",
                        "One new teacher in four leaves the district within two years, most from the schools with "
                        "the most low-income students.",
                        &thomas,
                        {{"labor", "New teachers get help from colleagues they trust, not only evaluation."},
                         {"management", "Every classroom keeps a teacher who stays and grows."},
                         {"shared", "Students learn from experienced, confident teachers."}},
                        {"Peer assistance and review: consulting teachers coach new teachers",
                         "A stipend for volunteer mentors"},
                        {{"Keeps new teachers in the district", 5}, {"Affordable within the budget", 3}},
                        "Consulting teachers, chosen jointly and released for three years, coach every new "
                        "teacher for two years; a joint panel reads their reports."},
                       7));
  ACCORD_CHECK(monthlyMeeting(8, {{"New teachers leave within two years: scoring the options", 60, retention}},
                              "Both sides scored the two options against the criteria; peer assistance scored "
                              "higher on keeping new teachers."));
  ACCORD_TRY(long long par, decide({"Peer assistance and review for new teachers",
                                    "Consulting teachers, chosen jointly and released full time for three years, "
                                    "coach every new teacher through the first two years. A panel of five teachers "
                                    "and four administrators reads their reports and decides by consensus who needs "
                                    "more support.",
                                    &thomas,
                                    {"Article 12: Evaluation"},
                                    {"teacher_retention"},
                                    cal_.at(13, 1),
                                    cal_.at(kMonthsNow + 3, 1)},
                                   retention, 9, 12));
  ACCORD_TRY(long long train, actionItem(thomas, "Choose and train the first consulting teachers", thomas, committee_,
                                         cal_.date(12, 28), par, cal_.at(9, 20)));
  ACCORD_CHECK(monthlyMeeting(10, {{"Peer assistance: choosing the consulting teachers", 45, std::nullopt, par}},
                              "The panel's members were named, four from each side and a neutral chair."));
  ACCORD_CHECK(setStatus(thomas, train, "done", cal_.at(12, 20)));
  ACCORD_CHECK(monthlyMeeting(24, {{"A year of peer assistance: what the consulting teachers report", 45,
                                    std::nullopt, par}},
                              "Of the year's new teachers, all but three stayed. The consulting teachers asked for "
                              "fewer teachers each; the committee agreed to fifteen at most."));

  // Year five: a hiring calendar both sides keep.
  ACCORD_TRY(long long hiring, decide({"A joint hiring calendar",
                                       "Transfers are settled by March 15 and offers to new teachers go out by "
                                       "April 1, so schools hire before neighbouring districts do. Principals and "
                                       "site representatives interview together.",
                                       &eleanor,
                                       {"Article 15: Transfers and assignments"},
                                       {"teacher_retention"},
                                       cal_.at(49, 1),
                                       cal_.at(kMonthsNow + 9, 1)},
                                      std::nullopt, 48, 5));
  ACCORD_CHECK(monthlyMeeting(48, {{"The joint hiring calendar", 30, std::nullopt, hiring}},
                              "The calendar is adopted; the board president will present it at the next board "
                              "meeting."));
  ACCORD_TRY(long long calendar, actionItem(eleanor, "Publish the hiring calendar for the coming year", linda,
                                            committee_, cal_.date(50, 1), hiring, cal_.at(48, 12)));
  ACCORD_CHECK(setStatus(linda, calendar, "done", cal_.at(49, 15)));
  ACCORD_CHECK(selfCheck(yearOf(cal_.at(54)), cal_.at(54),
                         {{"interest_based_problem_solving", "implemented"},
                          {"joint_communications", "being_developed"},
                          {"shared_data_review", "being_developed"},
                          {"joint_professional_development", "being_developed"}},
                         ""));
  ACCORD_CHECK(monthlyMeeting(72, {{"Six years of the charter: what we would write differently", 60}},
                              "Both sides agreed that the charter still holds; the norms will be reviewed when a "
                              "co-chair changes."));

  // Eight years ago: a new superintendent, and the charter's second version.
  ACCORD_CHECK(handOver(eleanor, maria, "management", kSuperintendentArrived,
                        [this](CharterInput& c) {
                          c.reviewDate = cal_.date(kSuperintendentArrived + 48, 1);
                          c.norms = std::vector<std::string>{
                              "We meet every month, and the co-chairs every week, for two hours.",
                              "We solve problems on their merits, by interests rather than positions.",
                              "What we agree, we carry out together, and we tell our members together."};
                        },
                        kSuperintendentArrived + 1));
  chairs_.management = maria;
  ACCORD_CHECK(monthlyMeeting(kSuperintendentArrived + 1,
                              {{"Welcome to the new superintendent", 20}, {"The charter review", 60}},
                              "Maria Delgado joined as co-chair. The committee reviewed the charter line by line and "
                              "added that both sides tell their members together."));

  // Seven years ago: classes without a teacher.
  ACCORD_TRY(long long subs, decide({"A plan for substitute coverage",
                                     "A pool of permanent substitutes assigned to the schools with the most unfilled "
                                     "absences, a higher daily rate after ten days in one classroom, and a monthly "
                                     "report of the fill rate to the committee.",
                                     &maria,
                                     {"Article 9: Leaves", "MOU: substitute pay"},
                                     {"chronic_absence"},
                                     cal_.at(98, 1),
                                     cal_.at(kMonthsNow + 5, 1)},
                                    std::nullopt, 96, 8));
  ACCORD_CHECK(monthlyMeeting(96, {{"A plan for substitute coverage", 45, std::nullopt, subs}},
                              "The plan is adopted. The fill rate will be on the agenda every quarter."));
  ACCORD_TRY(long long fillRate, actionItem(maria, "Report the substitute fill rate to the committee each quarter",
                                            linda, committee_, isoDateOf(cal_.now() + 80 * kDay), subs,
                                            cal_.at(96, 20)));
  ACCORD_CHECK(setStatus(linda, fillRate, "in_progress", cal_.at(97, 5)));
  ACCORD_CHECK(selfCheck(yearOf(cal_.at(102)), cal_.at(102),
                         {{"joint_communications", "implemented"},
                          {"shared_data_review", "implemented"},
                          {"leadership_transition", "being_developed"}},
                         ""));
  ACCORD_CHECK(monthlyMeeting(120, {{"Ten years of results: reading the outcomes together", 60}},
                              "The committee read ten years of results beside the state. Grievances are a fifth of "
                              "what they were."));

  // Four years ago: a later start for the high school.
  ACCORD_TRY(long long start,
             workIssue({"First period at Whitney High School starts too early",
                        "First period begins at 7:15; attendance in it is the lowest of the day.",
                        &james,
                        {{"labor", "Teachers' contract day does not grow longer."},
                         {"management", "Buses serve the elementary schools first."},
                         {"shared", "Students are awake and in class for first period."}},
                        {"Start at 8:30 and stagger the bus routes", "Keep 7:15 and offer a later zero period"},
                        {{"Students attend first period", 5}, {"No added bus cost", 3}},
                        "From next school year Whitney starts at 8:30; the bus routes are staggered and the "
                        "contract day moves with the bell schedule."},
                       132));
  ACCORD_TRY(long long schedule, decide({"A later start for Whitney High School",
                                         "Whitney High School starts at 8:30 from the next school year. Bus routes "
                                         "are staggered; the teachers' contract day moves with the bell schedule and "
                                         "does not grow longer.",
                                         &maria,
                                         {"Article 8: Hours of employment"},
                                         {"chronic_absence", "graduation_rate"},
                                         cal_.at(139, 15),
                                         cal_.at(kMonthsNow + 8, 1)},
                                        start, 134, 6));
  ACCORD_CHECK(monthlyMeeting(134, {{"A later start for Whitney High School", 45, start, schedule}},
                              "Adopted by consensus. The co-chairs will write to all Whitney staff together."));

  // Two years ago: a new union president, and the charter's third version.
  ACCORD_CHECK(handOver(thomas, james, "labor", kUnionPresidentTookOver,
                        [this](CharterInput& c) {
                          c.mission =
                              "Labor and management work as allies so that every student in the district learns "
                              "and achieves more each year, and every school has a partnership of its own.";
                          c.reviewDate = cal_.date(kMonthsNow + 12, 1);
                        },
                        kUnionPresidentTookOver + 1));
  chairs_.labor = james;
  ACCORD_CHECK(monthlyMeeting(kUnionPresidentTookOver + 1,
                              {{"Thanks to Thomas Brennan, back in the classroom", 15}, {"The charter review", 60},
                               {"Site teams at every school: where to start", 40}},
                              "James Okafor joined as co-chair. The charter's mission now names a partnership in "
                              "every school; two elementary schools will start site teams."));
  // Back in the classroom at Lincoln, Thomas Brennan co-chairs its site team for labor, beside the site rep.
  ACCORD_TRY(long long lincoln, formSiteTeam("Lincoln Elementary Site Team", "Lincoln Elementary", robert,
                                             {&thomas, &ana}, kUnionPresidentTookOver + 4));
  ACCORD_TRY(long long release, decide({"Release time for school-site teams",
                                        "Each site team meets for two hours a month in paid time, and sends the "
                                        "committee a one-page summary after each meeting.",
                                        &james,
                                        {"MOU: site teams"},
                                        {"ela_met", "math_met"},
                                        cal_.at(kMonthsNow - 12, 15),
                                        cal_.at(kMonthsNow + 10, 1)},
                                       std::nullopt, kMonthsNow - 14, 5));
  ACCORD_CHECK(monthlyMeeting(kMonthsNow - 14, {{"Release time for school-site teams", 40, std::nullopt, release}},
                              "Adopted. Lincoln Elementary's team reported on its first months."));
  ACCORD_CHECK(selfCheck(yearOf(cal_.at(kMonthsNow - 12)), cal_.at(kMonthsNow - 12),
                         {{"site_teams", "being_developed"},
                          {"joint_professional_development", "implemented"},
                          {"site_issues_to_district", "being_developed"},
                          {"leadership_transition", "implemented"}},
                         ""));
  ACCORD_TRY(long long chavez,
             formSiteTeam("Cesar Chavez Elementary Site Team", "Cesar Chavez Elementary", person(kChavezPrincipal),
                          {&person(kChavezSiteRep)}, kMonthsNow - 8));
  (void)chavez;

  // The last months: the committee, then the co-chairs' weekly meeting.
  for (int m : {kMonthsNow - 4, kMonthsNow - 3, kMonthsNow - 2}) {
    ACCORD_CHECK(monthlyMeeting(m,
                                {{"The substitute fill rate", 15, std::nullopt, subs},
                                 {"What the site teams report", 45},
                                 {"Outcomes and the climate survey", 40}},
                                "The fill rate held above nine in ten. Both site teams sent their summaries; the "
                                "committee will plan this year's retreat."));
  }
  ACCORD_CHECK(actionItem(robert, "Send the committee the site team's summary of the fall results", robert, lincoln,
                          isoDateOf(cal_.now() - 12 * kDay), std::nullopt, cal_.now() - 40 * kDay));
  ACCORD_CHECK(actionItem(maria, "Plan this year's partnership retreat", maria, committee_,
                          isoDateOf(cal_.now() + 45 * kDay), std::nullopt, cal_.now() - 38 * kDay));
  SeriesInput weekly;
  weekly.title = "Co-chairs' weekly meeting";
  weekly.start = isoDateOf(cal_.now() - 35 * kDay) + "T15:30";
  weekly.durationMinutes = 120;
  weekly.location = "Superintendent's office";
  weekly.frequency = "weekly";
  weekly.count = 9;  // five behind, today and three ahead
  ACCORD_TRY(MeetingSeries week, scheduleMeetingSeries(store_, maria, district_, committee_, weekly,
                                                       cal_.now() - 42 * kDay));
  const std::vector<std::pair<std::string, std::string>> weeks = {
      {"The budget for next year", "Agreed to protect the consulting teachers' release in the budget."},
      {"A complaint at Garfield Middle School", "Solved before it became a grievance; the site rep and the principal "
                                                "will meet on Friday."},
      {"The retreat: date and place", "Both prefer a Saturday in spring; Maria will propose dates."},
      {"Grade 3 class sizes", "Carried to the committee with the enrollment figures."},
      {"Substitute coverage this month", "The pool covered every absence but four."},
  };
  for (std::size_t i = 0; i < weeks.size(); ++i) {
    if (i + 1 == weeks.size()) {
      // Decided between meetings, ten days ago, once the enrollment figures were in.
      ACCORD_CHECK(decideOn(cal_.now() - 10 * kDay,
                            {"Grade 3 classes of at most 24 students",
                             "From next school year no grade 3 class has more than 24 students. Where a school "
                             "would need a class of 25 or more, the district adds a teacher or a full-time aide, "
                             "chosen with the site team.",
                             &maria,
                             {"Article 10: Class size"},
                             {"ela_met", "math_met"},
                             cal_.now() + 150 * kDay,
                             cal_.now() + 500 * kDay},
                            std::nullopt));
    }
    std::string date = isoDateOf(cal_.now() - (35 - 7 * static_cast<long long>(i)) * kDay);
    ACCORD_CHECK(holdMeeting(week.id, date, cal_.now() - (35 - 7 * static_cast<long long>(i)) * kDay + 2 * 3600,
                             {&maria, &james}, {{weeks[i].first, 60}}, weeks[i].second));
  }
  ACCORD_CHECK(selfCheck(yearOf(cal_.now() - 3600), cal_.now() - 3600,
                         {{"site_teams", "implemented"}, {"site_issues_to_district", "implemented"}},
                         ""));

  // The people took their stances and approved their agendas long ago, and each co-chair read the
  // handbook when named: nothing of it waits for them.
  for (const auto& [email, caller] : people_) {
    ACCORD_CHECK(markAllNotificationsRead(store_, caller, cal_.now()));
    ACCORD_CHECK(markHandbookRead(store_, caller, district_, cal_.now()));
  }
  return Ok{};
}

Result<std::vector<const Caller*>> History::voters(long long bodyId) {
  ACCORD_TRY(auto tx, store_.read());
  ACCORD_TRY(auto members, tx->bodies().members(bodyId));
  std::vector<const Caller*> out;
  for (const auto& m : members) {
    if (!votes(m)) continue;
    for (const auto& [email, caller] : people_)
      if (caller.user.id == m.userId) out.push_back(&caller);
  }
  return out;
}

// The administrator sets the district's committee up, seats the people of both sides and names the
// first co-chairs, as an administrator may for any side.
Result<void> History::formCommittee(const Caller& admin) {
  BodyInput input = demoCommitteeInput("District Labor-Management Committee");
  UnixSeconds at = cal_.at(0, 5);
  ACCORD_TRY(Body body, createBody(store_, admin, district_, input, at));
  committee_ = body.id;
  for (const char* email : {kFormerSuperintendent, kBoardPresident, kPrincipal, kFormerUnionPresident,
                            "union.president@demo.accord.example", kSiteRep})
    ACCORD_CHECK(addBodyMember(store_, admin, district_, committee_, {person(email).user.id, "member"}, at));
  chairs_.management = person(kFormerSuperintendent);
  chairs_.labor = person(kFormerUnionPresident);
  ACCORD_CHECK(setCoChair(store_, admin, district_, committee_, chairs_.management.user.id, at));
  ACCORD_CHECK(setCoChair(store_, admin, district_, committee_, chairs_.labor.user.id, at));
  return Ok{};
}

// The outgoing co-chair seats their successor and names them co-chair, which opens a charter review
// (a draft copy of the charter in force). The successor revises it with `revise`, both co-chairs
// sign it in `signedMonth`, and the outgoing co-chair leaves the committee.
Result<void> History::handOver(const Caller& outgoing, const Caller& incoming, const std::string& side, int month,
                               const std::function<void(CharterInput&)>& revise, int signedMonth) {
  UnixSeconds at = cal_.at(month, 3);
  auto seated = addBodyMember(store_, outgoing, district_, committee_, {incoming.user.id, "member"}, at);
  if (!seated.ok() && seated.error().code != ErrorCode::kConflict) return seated.takeError();
  ACCORD_CHECK(setCoChair(store_, outgoing, district_, committee_, incoming.user.id, at));
  std::optional<CharterVersion> review;
  {
    ACCORD_TRY(auto tx, store_.read());
    ACCORD_TRY(auto versions, tx->charters().list(district_, committee_, 0, 100));
    for (const auto& v : versions.items)
      if (v.status == "draft") review = v;
  }
  if (!review) return conflict("the change of co-chair opened no charter review");
  CharterInput changes;
  revise(changes);
  ACCORD_CHECK(updateCharter(store_, incoming, district_, committee_, review->id, changes, cal_.at(month, 20)));
  const Caller& other = side == "labor" ? chairs_.management : chairs_.labor;
  ACCORD_CHECK(signCharter(store_, incoming, district_, committee_, review->id, cal_.at(signedMonth, 2)));
  ACCORD_CHECK(signCharter(store_, other, district_, committee_, review->id, cal_.at(signedMonth, 4)));
  return removeBodyMember(store_, incoming, district_, committee_, outgoing.user.id, cal_.at(signedMonth, 6));
}

// A school's site team: the superintendent forms it, each side seats its own people and names its
// co-chair (for labor, the first of `labor`).
Result<long long> History::formSiteTeam(const std::string& name, const std::string& school, const Caller& principal,
                                        const std::vector<const Caller*>& labor, int month) {
  const Caller& superintendent = chairs_.management;
  const Caller& unionPresident = chairs_.labor;
  BodyInput input;
  input.name = name;
  input.level = "site";
  input.school = school;
  input.laborSeats = 2;
  input.managementSeats = 2;
  input.ruleKind = "consensus";
  input.quorumPerSide = 1;
  input.fallback = "The question goes to the district committee's next meeting.";
  UnixSeconds at = cal_.at(month, 1);
  ACCORD_TRY(Body body, createBody(store_, superintendent, district_, input, at));
  ACCORD_CHECK(addBodyMember(store_, superintendent, district_, body.id, {principal.user.id, "member"}, at));
  for (const Caller* member : labor)
    ACCORD_CHECK(addBodyMember(store_, unionPresident, district_, body.id, {member->user.id, "member"}, at));
  ACCORD_CHECK(setCoChair(store_, superintendent, district_, body.id, principal.user.id, at));
  ACCORD_CHECK(setCoChair(store_, unionPresident, district_, body.id, labor.front()->user.id, at));
  return body.id;
}

// An issue raised in the committee and worked through the FMCS steps, each side saying when it is
// ready to move on, until its solution is chosen (over three weeks of `month`).
Result<long long> History::workIssue(const IssueStory& s, int month) {
  NewIssue in;
  in.bodyId = committee_;
  in.title = s.title;
  in.description = s.description;
  int day = 1;
  auto next = [&] { return cal_.at(month, std::min(++day, 28)); };
  ACCORD_TRY(Issue issue, raiseIssue(store_, *s.raisedBy, district_, in, next()));
  auto advance = [&](const std::string& step) -> Result<void> {
    ACCORD_CHECK(moveIssue(store_, chairs_.labor, district_, issue.id, step, "", next()));
    ACCORD_CHECK(moveIssue(store_, chairs_.management, district_, issue.id, step, "", next()));
    return Ok{};
  };
  ACCORD_CHECK(advance("interests"));
  for (const auto& [tag, text] : s.interests) {
    const Caller& by = tag == "management" ? chairs_.management : chairs_.labor;
    ACCORD_CHECK(addIssueItem(store_, by, district_, issue.id, {"interest", text, tag, std::nullopt}, next()));
  }
  ACCORD_CHECK(advance("options"));
  std::vector<long long> options;
  for (const auto& text : s.options) {
    ACCORD_TRY(IssueItem option,
               addIssueItem(store_, *s.raisedBy, district_, issue.id, {"option", text, "", std::nullopt}, next()));
    options.push_back(option.id);
  }
  ACCORD_CHECK(advance("criteria"));
  std::vector<long long> criteria;
  for (const auto& [text, weight] : s.criteria) {
    ACCORD_TRY(IssueItem criterion, addIssueItem(store_, chairs_.management, district_, issue.id,
                                                 {"criterion", text, "", weight}, next()));
    criteria.push_back(criterion.id);
  }
  ACCORD_CHECK(advance("scoring"));
  for (std::size_t o = 0; o < options.size(); ++o)
    for (long long criterion : criteria)
      ACCORD_CHECK(scoreOption(store_, chairs_.labor, district_, issue.id,
                               {options[o], criterion, o == 0 ? 5 : 2, {}}, next()));
  ACCORD_CHECK(advance("solution"));
  ACCORD_CHECK(chooseSolution(store_, chairs_.management, district_, issue.id, options[0], s.solution, next()));
  return issue.id;
}

// A proposal in the committee at `at`, and every voting member's consent over the next day or two:
// the last stance closes it as adopted.
Result<long long> History::decideOn(UnixSeconds at, DecisionStory s, std::optional<long long> issueId) {
  NewDecision in;
  in.bodyId = committee_;
  in.issueId = issueId;
  in.title = s.title;
  in.text = s.text;
  in.deadline = at + 21 * kDay;  // every voting member's stance closes it before then
  in.articles = s.articles;
  in.metrics = s.metrics;
  in.effectiveAt = s.effectiveAt;
  in.reviewAt = s.reviewAt;
  ACCORD_TRY(Decision d, proposeDecision(store_, *s.proposedBy, district_, in, at));
  ACCORD_TRY(auto voting, voters(committee_));
  int n = 0;
  for (const Caller* voter : voting) {
    StanceInput stance;
    stance.stance = "agree";
    ACCORD_CHECK(takeStance(store_, *voter, district_, d.id, stance, at + (++n) * 6 * 3600));
  }
  return d.id;
}

Result<void> History::monthlyMeeting(int month, const std::vector<AgendaLine>& agenda, const std::string& minutes) {
  ACCORD_TRY(auto present, voters(committee_));
  return holdMeeting(monthlySeries_, cal_.date(month), cal_.at(month, 10, 23), present, agenda, minutes);
}

// A meeting as it went: its agenda set and approved by both co-chairs ahead of it, then who came,
// every item done and the minutes.
Result<void> History::holdMeeting(long long seriesId, const std::string& date, UnixSeconds at,
                                  const std::vector<const Caller*>& present, const std::vector<AgendaLine>& agenda,
                                  const std::string& minutes) {
  UnixSeconds before = at - 3 * kDay;
  ACCORD_TRY(OpenedMeeting opened,
             openMeeting(store_, chairs_.management, district_, committee_, seriesId, date, before));
  long long id = opened.meeting.id;
  std::vector<long long> items;
  for (const auto& line : agenda) {
    AgendaItemInput in;
    in.title = line.title;
    in.timeBoxMinutes = line.minutes;
    in.issueId = line.issueId;
    in.decisionId = line.decisionId;
    ACCORD_TRY(AgendaItem item, addAgendaItem(store_, chairs_.management, district_, committee_, id, in, before));
    items.push_back(item.id);
  }
  ACCORD_CHECK(approveAgenda(store_, chairs_.management, district_, committee_, id, before + 3600));
  ACCORD_CHECK(approveAgenda(store_, chairs_.labor, district_, committee_, id, before + 2 * 3600));
  for (const Caller* p : present) {
    Attendance a;
    a.meetingId = id;
    a.userId = p->user.id;
    a.status = "present";
    ACCORD_CHECK(recordAttendance(store_, chairs_.management, district_, committee_, id, a, at));
  }
  for (long long item : items)
    ACCORD_CHECK(recordOutcome(store_, chairs_.management, district_, committee_, id, item, "done", at));
  ACCORD_CHECK(writeMinutes(store_, chairs_.management, district_, committee_, id, minutes, at + 3600));
  return Ok{};
}

Result<long long> History::actionItem(const Caller& by, const std::string& title, const Caller& owner,
                                      long long bodyId, const std::string& dueDate,
                                      std::optional<long long> decisionId, UnixSeconds at) {
  ActionInput in;
  in.title = title;
  in.ownerId = owner.user.id;
  in.dueDate = dueDate;
  in.bodyId = std::optional<long long>(bodyId);
  if (decisionId) in.decisionId = std::optional<long long>(*decisionId);
  ACCORD_TRY(ActionItem item, createActionItem(store_, by, district_, in, at));
  return item.id;
}

Result<void> History::setStatus(const Caller& by, long long itemId, const std::string& status, UnixSeconds at) {
  ActionInput in;
  in.status = status;
  ACCORD_CHECK(updateActionItem(store_, by, district_, itemId, in, at));
  return Ok{};
}

// The committee's self-check of `year`, rated by its management co-chair: the structures named are
// changed, the others stay as they were rated the year before.
Result<void> History::selfCheck(int year, UnixSeconds at, const std::map<std::string, std::string>& ratings,
                                const std::string& note) {
  std::map<std::string, std::string> all = ratings;
  {
    ACCORD_TRY(auto tx, store_.read());
    ACCORD_TRY(auto checks, tx->selfChecks().ofBody(district_, committee_));
    if (!checks.empty())
      for (const auto& r : checks.back().ratings) all.emplace(r.structure, std::string(ratingCode(r.rating)));
  }
  std::vector<RatingInput> in;
  for (const auto& [structure, rating] : all) {
    RatingInput r;
    r.structure = structure;
    r.rating = rating;
    if (structure == "joint_committee" && !note.empty()) r.note = note;
    in.push_back(std::move(r));
  }
  ACCORD_CHECK(rateSelfCheck(store_, chairs_.management, district_, committee_, year, in, at));
  return Ok{};
}

}  // namespace

UnixSeconds demoFoundedAt(UnixSeconds now) { return Calendar(now).at(0, 1); }

UnixSeconds demoJoinedAt(const DemoAccount& account, UnixSeconds now) {
  return account.role == "superintendent" ? Calendar(now).at(kSuperintendentArrived, 1) : demoFoundedAt(now);
}

const std::vector<DemoAccount>& demoPeopleWithoutAccounts() {
  static const std::vector<DemoAccount> people = {
      {kFormerSuperintendent, "Eleanor Vance", "management", "member"},
      {kFormerUnionPresident, "Thomas Brennan", "labor", "teacher"},
      {kChavezPrincipal, "Carmen Flores", "management", "principal"},
      {kChavezSiteRep, "David Park", "labor", "site_rep"},
  };
  return people;
}

Result<void> loadDemoHistory(Store& store, long long districtId, const std::vector<DemoAccount>& accounts,
                             const std::vector<std::string>& principles, UnixSeconds now) {
  {
    ACCORD_TRY(auto tx, store.read());
    ACCORD_TRY(auto bodies, tx->bodies().list(districtId, 0, 1));
    if (!bodies.items.empty()) return Ok{};
  }
  return History(store, districtId, principles, now).load(accounts);
}

}  // namespace accord::domain
