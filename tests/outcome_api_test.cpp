// Outcomes: schools, metrics, yearly values and demographics, and the chart reads that put a
// district beside the state with the partnership's decisions on the time axis.
#include "domain/outcome/use_cases.hpp"
#include "outcome_fixture.hpp"

namespace accord::testing {
namespace {

ACCORD_ON_EVERY_BACKEND(OutcomeApi);

TEST_P(OutcomeApi, EveryDistrictHasTheBuiltInMetrics) {
  for (auto [session, district] : {std::pair{&super_, district_}, std::pair{&other_, otherDistrict_}}) {
    auto r = get("/api/v1/districts/" + std::to_string(district) + "/metrics", session);
    ASSERT_EQ(r.status, 200) << r.body;
    std::vector<std::string> keys;
    auto items = r.json()["items"];
    for (const auto& m : items) {
      keys.push_back(m["key"]);
      EXPECT_EQ(m["built_in"], true);
      EXPECT_FALSE(m["name_es"].get<std::string>().empty());
    }
    EXPECT_EQ(keys, (std::vector<std::string>{"ela_met", "math_met", "graduation_rate", "chronic_absence",
                                              "teacher_retention", "grievances_filed"}));
  }
  auto metrics = get(base_ + "/metrics", &labor2_).json()["items"];
  EXPECT_EQ(metrics[0]["unit"], "percent");
  EXPECT_EQ(metrics[3]["higher_is_better"], false);  // chronic absence
  EXPECT_EQ(metrics[5]["unit"], "count");            // grievances
}

TEST_P(OutcomeApi, SchoolsAreCreatedReadChangedAndRemoved) {
  auto list = get(base_ + "/schools", &labor2_);
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.json()["items"].size(), 2u);
  EXPECT_EQ(list.json()["items"][0]["state_code"], kLincolnCode);
  EXPECT_EQ(list.json()["items"][0]["level"], "elementary");

  std::string path = base_ + "/schools/" + std::to_string(washington_);
  auto changed = patch(path, {{"name", "Washington Middle School"}, {"level", "other"}}, &super_);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["name"], "Washington Middle School");
  EXPECT_EQ(changed.json()["state_code"], kWashingtonCode);
  EXPECT_EQ(get(path, &labor2_).json()["level"], "other");

  auto clash = patch(path, {{"state_code", kLincolnCode}}, &super_);
  EXPECT_EQ(clash.status, 409);
  EXPECT_EQ(clash.json()["error"]["field"], "state_code");
  auto noCode = post(base_ + "/schools", {{"name", "Adult School"}, {"level", "other"}}, &super_);
  ASSERT_EQ(noCode.status, 201) << noCode.body;
  EXPECT_TRUE(noCode.json()["state_code"].is_null());

  ASSERT_EQ(
      setValue({{"metric", "ela_met"}, {"year", 2022}, {"scope", "school"}, {"school_id", washington_}, {"value", 40}})
          .status,
      201);
  EXPECT_EQ(sendAs({"DELETE", path, {}, {}}, &super_).status, 204);
  EXPECT_EQ(get(path, &super_).status, 404);
  EXPECT_TRUE(values("scope=school").empty());  // its values went with it
}

TEST_P(OutcomeApi, DistrictLeadersSetTheDistrictsStateCode) {
  auto r = patch(base_, {{"state_code", "3768338"}}, &labor_);  // the union president
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["state_code"], "3768338");
  EXPECT_EQ(get(base_, &labor2_).json()["state_code"], "3768338");
  EXPECT_EQ(patch(base_, {{"state_code", "1234567"}}, &management_).status, 403);
  EXPECT_EQ(patch(base_, {{"state_code", "12 34"}}, &super_).json()["error"]["field"], "state_code");
  EXPECT_EQ(patch(base_, {{"state_code", "1"}}, &other_).status, 404);
  EXPECT_TRUE(patch(base_, {{"state_code", ""}}, &super_).json()["state_code"].is_null());
}

TEST_P(OutcomeApi, InvalidInputIsRefusedNamingTheField) {
  struct Case {
    std::string path;
    nlohmann::json body;
    std::string field;
  };
  std::string future = std::to_string(thisYear_ + 1);
  std::vector<Case> cases = {
      {"/schools", {{"level", "high"}}, "name"},
      {"/schools", {{"name", "X"}}, "level"},
      {"/schools", {{"name", "X"}, {"level", "college"}}, "level"},
      {"/schools", {{"name", "  "}, {"level", "high"}}, "name"},
      {"/schools", {{"name", "X"}, {"level", "high"}, {"state_code", "01 61"}}, "state_code"},
      {"/metrics", {{"name_en", "Suspensions"}, {"unit", "count"}}, "key"},
      {"/metrics", {{"key", "Suspensions"}, {"name_en", "Suspensions"}, {"unit", "count"}}, "key"},
      {"/metrics", {{"key", "suspensions"}, {"unit", "count"}}, "name_en"},
      {"/metrics", {{"key", "suspensions"}, {"name_en", "Suspensions"}, {"unit", "miles"}}, "unit"},
      {"/metrics",
       {{"key", "suspensions"}, {"name_en", "S"}, {"unit", "count"}, {"higher_is_better", "no"}},
       "higher_is_better"},
      {"/metric-values", {{"year", 2023}, {"value", 1}}, "metric"},
      {"/metric-values", {{"metric", "reading_minutes"}, {"year", 2023}, {"value", 1}}, "metric"},
      {"/metric-values", {{"metric", "ela_met"}, {"value", 1}}, "year"},
      {"/metric-values", {{"metric", "ela_met"}, {"year", std::stoi(future)}, {"value", 1}}, "year"},
      {"/metric-values", {{"metric", "ela_met"}, {"year", 1850}, {"value", 1}}, "year"},
      {"/metric-values", {{"metric", "ela_met"}, {"year", 2023}}, "value"},
      {"/metric-values", {{"metric", "ela_met"}, {"year", 2023}, {"value", 100.5}}, "value"},
      {"/metric-values", {{"metric", "ela_met"}, {"year", 2023}, {"value", -1}}, "value"},
      {"/metric-values", {{"metric", "ela_met"}, {"year", 2023}, {"value", "45%"}}, "value"},
      {"/metric-values", {{"metric", "grievances_filed"}, {"year", 2023}, {"value", -3}}, "value"},
      {"/metric-values", {{"metric", "ela_met"}, {"year", 2023}, {"value", 5}, {"scope", "county"}}, "scope"},
      {"/metric-values", {{"metric", "ela_met"}, {"year", 2023}, {"value", 5}, {"scope", "school"}}, "school_id"},
      {"/metric-values",
       {{"metric", "ela_met"}, {"year", 2023}, {"value", 5}, {"scope", "district"}, {"school_id", lincoln_}},
       "school_id"},
      {"/metric-values",
       {{"metric", "ela_met"}, {"year", 2023}, {"value", 5}, {"scope", "school"}, {"school_id", 999999}},
       "school_id"},
      {"/metric-values", {{"metric", "ela_met"}, {"year", 2023}, {"value", 5}, {"group", "all students"}}, "group"},
      {"/metric-values", {{"metric", "ela_met"}, {"year", 2023}, {"value", 5}, {"n", -2}}, "n"},
      {"/demographics", {{"enrollment", 100}}, "year"},
      {"/demographics", {{"year", std::stoi(future)}}, "year"},
      {"/demographics", {{"year", 2023}, {"low_income_pct", 101}}, "low_income_pct"},
      {"/demographics", {{"year", 2023}, {"english_learners_pct", -1}}, "english_learners_pct"},
      {"/demographics", {{"year", 2023}, {"minority_pct", "most"}}, "minority_pct"},
      {"/demographics", {{"year", 2023}, {"enrollment", -5}}, "enrollment"},
      {"/demographics", {{"year", 2023}, {"school_id", 999999}}, "school_id"},
  };
  for (const auto& c : cases) {
    auto r = post(base_ + c.path, c.body, &super_);
    EXPECT_EQ(r.status, 400) << c.path << " " << c.body.dump() << " " << r.body;
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.path << " " << c.body.dump() << " " << r.body;
  }
  // Nothing partial was saved.
  EXPECT_TRUE(values("").empty());
  EXPECT_EQ(get(base_ + "/schools", &super_).json()["items"].size(), 2u);
  EXPECT_EQ(get(base_ + "/metric-values?scope=region", &super_).json()["error"]["field"], "scope");
  EXPECT_EQ(get(base_ + "/metrics/ela_met/series?school=first", &super_).json()["error"]["field"], "school");
}

TEST_P(OutcomeApi, ADistrictAddsItsOwnMetrics) {
  auto created = post(base_ + "/metrics",
                      {{"key", "suspension_rate"},
                       {"name_en", "Suspension rate"},
                       {"name_es", "Tasa de suspensiones"},
                       {"unit", "percent"},
                       {"higher_is_better", false}},
                      &management2_);  // a co-chair
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json()["built_in"], false);
  EXPECT_EQ(created.json()["higher_is_better"], false);
  EXPECT_EQ(get(base_ + "/metrics", &outsider_).json()["items"].size(), 7u);
  EXPECT_EQ(get("/api/v1/districts/" + std::to_string(otherDistrict_) + "/metrics", &other_).json()["items"].size(),
            6u);

  auto again = post(base_ + "/metrics", {{"key", "suspension_rate"}, {"name_en", "Again"}, {"unit", "count"}}, &super_);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json()["error"]["field"], "key");
  auto builtIn = post(base_ + "/metrics", {{"key", "ela_met"}, {"name_en", "Mine"}, {"unit", "percent"}}, &super_);
  EXPECT_EQ(builtIn.status, 409);

  auto renamed = patch(base_ + "/metrics/suspension_rate", {{"name_en", "Suspensions (%)"}}, &super_);
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.json()["name_en"], "Suspensions (%)");
  EXPECT_EQ(renamed.json()["name_es"], "Tasa de suspensiones");
  EXPECT_EQ(patch(base_ + "/metrics/ela_met", {{"name_en", "Reading"}}, &super_).status, 403);
  EXPECT_EQ(sendAs({"DELETE", base_ + "/metrics/math_met", {}, {}}, &super_).status, 403);
  EXPECT_EQ(patch(base_ + "/metrics/no_such_metric", {{"name_en", "X"}}, &super_).status, 404);

  ASSERT_EQ(setValue({{"metric", "suspension_rate"}, {"year", 2023}, {"value", 4.5}}).status, 201);
  EXPECT_EQ(sendAs({"DELETE", base_ + "/metrics/suspension_rate", {}, {}}, &super_).status, 204);
  EXPECT_TRUE(values("").empty());
  EXPECT_EQ(get(base_ + "/metrics", &super_).json()["items"].size(), 6u);
}

TEST_P(OutcomeApi, AValueIsReplacedNotDuplicatedAndMissingStaysMissing) {
  auto first = setValue({{"metric", "ela_met"}, {"year", 2023}, {"value", 48.2}, {"n", 5120}});
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.json()["scope"], "district");
  EXPECT_EQ(first.json()["group"], "1");
  EXPECT_TRUE(first.json()["school_id"].is_null());
  auto second = setValue({{"metric", "ela_met"}, {"year", 2023}, {"value", 49.0}, {"group", "001"}});
  ASSERT_EQ(second.status, 200) << second.body;  // group "001" is group "1"
  EXPECT_EQ(second.json()["id"], first.json()["id"]);
  EXPECT_EQ(second.json()["value"], 49.0);
  EXPECT_TRUE(second.json()["n"].is_null());

  auto suppressed = setValue({{"metric", "ela_met"},
                              {"year", 2023},
                              {"scope", "school"},
                              {"school_id", lincoln_},
                              {"group", "160"},
                              {"value", nullptr}});
  ASSERT_EQ(suppressed.status, 201) << suppressed.body;
  EXPECT_TRUE(suppressed.json()["value"].is_null());
  auto listed = values("group=160");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_TRUE(listed[0]["value"].is_null());
  EXPECT_EQ(listed[0]["school_id"], lincoln_);

  EXPECT_EQ(values("").size(), 2u);
  EXPECT_EQ(values("metric=ela_met&scope=district").size(), 1u);
  EXPECT_EQ(values("school=" + std::to_string(lincoln_)).size(), 1u);
  EXPECT_EQ(values("year=2022").size(), 0u);
  std::string id = std::to_string(first.json()["id"].get<long long>());
  EXPECT_EQ(sendAs({"DELETE", base_ + "/metric-values/" + id, {}, {}}, &super_).status, 204);
  EXPECT_EQ(sendAs({"DELETE", base_ + "/metric-values/" + id, {}, {}}, &super_).status, 404);
  EXPECT_EQ(values("").size(), 1u);
}

TEST_P(OutcomeApi, DemographicsAreKeptPerYearForTheDistrictAndEachSchool) {
  auto district = post(base_ + "/demographics",
                       {{"year", 2023},
                        {"enrollment", 20000},
                        {"low_income_pct", 71.5},
                        {"english_learners_pct", 22},
                        {"minority_pct", 92}},
                       &super_);
  ASSERT_EQ(district.status, 201) << district.body;
  EXPECT_TRUE(district.json()["school_id"].is_null());
  auto school = post(base_ + "/demographics", {{"year", 2023}, {"school_id", lincoln_}, {"enrollment", 450}}, &super_);
  ASSERT_EQ(school.status, 201) << school.body;
  EXPECT_TRUE(school.json()["low_income_pct"].is_null());
  auto replaced = post(base_ + "/demographics", {{"year", 2023}, {"enrollment", 19800}}, &super_);
  ASSERT_EQ(replaced.status, 200);
  EXPECT_EQ(replaced.json()["id"], district.json()["id"]);
  EXPECT_TRUE(replaced.json()["low_income_pct"].is_null());

  EXPECT_EQ(get(base_ + "/demographics", &outsider_).json()["items"].size(), 2u);
  auto ofDistrict = get(base_ + "/demographics?school=district&year=2023", &outsider_).json()["items"];
  ASSERT_EQ(ofDistrict.size(), 1u);
  EXPECT_EQ(ofDistrict[0]["enrollment"], 19800);
  auto ofLincoln = get(base_ + "/demographics?school=" + std::to_string(lincoln_), &outsider_).json()["items"];
  ASSERT_EQ(ofLincoln.size(), 1u);
  EXPECT_EQ(ofLincoln[0]["enrollment"], 450);
}

TEST_P(OutcomeApi, AnotherDistrictsOutcomesAreNotFound) {
  ASSERT_EQ(setValue({{"metric", "ela_met"}, {"year", 2023}, {"value", 48.2}}).status, 201);
  std::string school = base_ + "/schools/" + std::to_string(lincoln_);
  for (const auto& path :
       {base_ + "/schools", school, base_ + "/metrics", base_ + "/metric-values", base_ + "/demographics",
        base_ + "/metrics/ela_met/series", base_ + "/outcomes", base_ + "/imports"}) {
    auto r = get(path, &other_);
    EXPECT_EQ(r.status, 404) << path;
    EXPECT_EQ(r.body.find("48.2"), std::string::npos);
  }
  EXPECT_EQ(post(base_ + "/schools", {{"name", "X"}, {"level", "high"}}, &other_).status, 404);
  EXPECT_EQ(setValue({{"metric", "ela_met"}, {"year", 2023}, {"value", 1}}, &other_).status, 404);
  // A school of this district, named in the other district, is no school there.
  std::string other = "/api/v1/districts/" + std::to_string(otherDistrict_);
  EXPECT_EQ(get(other + "/schools/" + std::to_string(lincoln_), &other_).status, 404);
  auto crossing = post(
      other + "/metric-values",
      {{"metric", "ela_met"}, {"year", 2023}, {"scope", "school"}, {"school_id", lincoln_}, {"value", 1}}, &other_);
  EXPECT_EQ(crossing.status, 400);
  EXPECT_EQ(crossing.json()["error"]["field"], "school_id");
  EXPECT_EQ(sendAs({"DELETE", other + "/schools/" + std::to_string(lincoln_), {}, {}}, &other_).status, 404);
  EXPECT_EQ(get(school, &super_).status, 200);
}

TEST_P(OutcomeApi, WhoMayDoWhat) {
  struct Who {
    std::string name;
    const Session* session;
    int write, read;
  };
  std::vector<Who> table = {
      {"labor member (the union president)", &labor_, 201, 200},
      {"management co-chair", &management2_, 201, 200},
      {"management member", &management_, 403, 200},
      {"neutral member", &neutral_, 403, 200},
      {"district member outside the body", &outsider_, 403, 200},
      {"member of another district", &other_, 404, 404},
      {"anonymous", nullptr, 401, 401},
  };
  int n = 0;
  for (const auto& who : table) {
    SCOPED_TRACE(who.name);
    ++n;
    EXPECT_EQ(
        post(base_ + "/schools", {{"name", "School " + std::to_string(n)}, {"level", "high"}}, who.session).status,
        who.write);
    EXPECT_EQ(
        post(base_ + "/metrics", {{"key", "m" + std::to_string(n)}, {"name_en", "M"}, {"unit", "number"}}, who.session)
            .status,
        who.write);
    EXPECT_EQ(
        post(base_ + "/metric-values", {{"metric", "ela_met"}, {"year", 2000 + n}, {"value", 50}}, who.session).status,
        who.write);
    EXPECT_EQ(post(base_ + "/demographics", {{"year", 2000 + n}, {"enrollment", 100}}, who.session).status, who.write);
    int change = who.write == 201 ? 200 : who.write;
    EXPECT_EQ(patch(base_ + "/schools/" + std::to_string(lincoln_), {{"name", "Lincoln"}}, who.session).status, change);
    for (const auto& path : {base_ + "/schools", base_ + "/schools/" + std::to_string(lincoln_), base_ + "/metrics",
                             base_ + "/metric-values", base_ + "/demographics", base_ + "/metrics/ela_met/series",
                             base_ + "/outcomes", base_ + "/imports"})
      EXPECT_EQ(get(path, who.session).status, who.read) << path;
  }
}

TEST_P(OutcomeApi, ASeriesPutsTheDistrictBesideTheStateWithAdoptedDecisionsMarked) {
  int y = thisYear_;
  for (auto [scope, year, value] : {std::tuple{"district", y - 2, 41.0},
                                    {"district", y - 1, 44.5},
                                    {"district", y, 47.0},
                                    {"state", y - 2, 46.0},
                                    {"state", y, 47.5}})
    ASSERT_EQ(setValue({{"metric", "ela_met"}, {"year", year}, {"scope", scope}, {"value", value}}).status, 201);
  ASSERT_EQ(
      setValue({{"metric", "ela_met"}, {"year", y}, {"scope", "district"}, {"group", "160"}, {"value", 12}}).status,
      201);
  ASSERT_EQ(setValue({{"metric", "math_met"}, {"year", y}, {"scope", "district"}, {"value", 30}}).status, 201);

  // An adopted decision, and a confidential one that only the body's members may see.
  auto adopt = [&](const nlohmann::json& extra) {
    nlohmann::json body = {{"body_id", body_},
                           {"title", "Peer observation in every school"},
                           {"text", "Teachers observe one another twice a year."},
                           {"deadline", nowSeconds() + 600}};
    body.update(extra);
    auto r = post(base_ + "/decisions", body, &labor_);
    EXPECT_EQ(r.status, 201) << r.body;
    std::string stances = base_ + "/decisions/" + std::to_string(r.json().value("id", 0LL)) + "/stances";
    for (const Session* who : {&labor_, &labor2_, &management_, &management2_})
      EXPECT_EQ(post(stances, {{"stance", "agree"}}, who).status, 200);
    return r.json().value("id", 0LL);
  };
  long long open = adopt(nlohmann::json::object());
  long long issue = raiseIssue(labor_, {{"confidential", true}});
  std::string path = issuePath(issue);
  long long option = 0;
  for (const char* step : {"interests", "options", "criteria", "scoring", "solution"}) {
    ASSERT_EQ(post(path + "/step", {{"step", step}}, &labor_).status, 200);
    if (std::string(step) == "options") option = post(path + "/options", {{"text", "Quiet fix"}}, &labor_).json()["id"];
  }
  ASSERT_EQ(post(path + "/solution", {{"option_id", option}, {"text", "Confidential staffing plan"}}, &labor_).status,
            200);
  long long secret = adopt({{"issue_id", issue}, {"title", "Confidential staffing plan"}});

  auto r = get(base_ + "/metrics/ela_met/series?group=1", &labor2_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto body = r.json();
  EXPECT_EQ(body["metric"]["key"], "ela_met");
  EXPECT_EQ(body["group"], "1");
  EXPECT_EQ(body["from"], y - 2);
  EXPECT_EQ(body["to"], y);
  EXPECT_EQ(body["years"], nlohmann::json({y - 2, y - 1, y}));
  EXPECT_EQ(body["groups"], nlohmann::json({"1", "160"})) << "the groups there is data for, to choose from";
  auto series = body["series"];
  ASSERT_EQ(series.size(), 2u);
  EXPECT_EQ(series[0]["scope"], "district");
  EXPECT_EQ(series[0]["name"], "Harbor Unified");
  EXPECT_EQ(series[1]["scope"], "state");
  EXPECT_EQ(series[1]["name"], "CA");
  ASSERT_EQ(series[0]["points"].size(), 3u);
  EXPECT_EQ(series[0]["points"][1]["year"], y - 1);
  EXPECT_EQ(series[0]["points"][1]["value"], 44.5);
  ASSERT_EQ(series[1]["points"].size(), 2u);  // the state has no value for last year: no point, not 0
  EXPECT_EQ(series[1]["points"][1]["value"], 47.5);

  auto events = body["events"];
  ASSERT_EQ(events.size(), 2u) << events.dump();  // labor2 sits on the body: both decisions
  EXPECT_EQ(events[1]["id"], secret);
  EXPECT_EQ(events[0]["type"], "decision");
  EXPECT_EQ(events[0]["id"], open);
  EXPECT_EQ(events[0]["title"], "Peer observation in every school");
  EXPECT_FALSE(events[0]["closed_at"].is_null());
  EXPECT_EQ(events[0]["date"], isoDateOf(events[0]["at"].get<long long>()));
  auto outsiders = get(base_ + "/metrics/ela_met/series", &outsider_).json()["events"];
  ASSERT_EQ(outsiders.size(), 1u) << outsiders.dump();
  EXPECT_EQ(outsiders[0]["id"], open);
  EXPECT_EQ(get(base_ + "/metrics/ela_met/series", &outsider_).body.find("Confidential"), std::string::npos);

  auto group = get(base_ + "/metrics/ela_met/series?group=160", &labor2_).json();
  EXPECT_EQ(group["series"][0]["points"].size(), 1u);
  EXPECT_EQ(group["series"][0]["points"][0]["value"], 12);
  auto earlier =
      get(base_ + "/metrics/ela_met/series?from=" + std::to_string(y - 2) + "&to=" + std::to_string(y - 2), &labor2_)
          .json();
  EXPECT_EQ(earlier["years"], nlohmann::json({y - 2}));
  EXPECT_TRUE(earlier["events"].empty());
  EXPECT_FALSE(body["earlier_events"]);
  EXPECT_EQ(get(base_ + "/metrics/reading_minutes/series", &labor2_).status, 404);

  // Years of decisions: the chart lists and marks the newest, and says that earlier ones are left out.
  auto raw = rawSession();
  for (int n = 1; n <= domain::kChartEvents; ++n)
    *raw << "INSERT INTO decisions (district_id, body_id, confidential, title, text, proposed_by, status, deadline, "
            "articles, metrics, effective_at, participation, created_at, closed_at) "
            "SELECT district_id, body_id, 0, 'Earlier decision', text, proposed_by, 'adopted', deadline, articles, "
            "metrics, NULL, participation, created_at, closed_at - :n FROM decisions WHERE id = :open",
        soci::use(n), soci::use(open);
  auto many = get(base_ + "/metrics/ela_met/series", &labor2_).json();
  ASSERT_EQ(many["events"].size(), static_cast<std::size_t>(domain::kChartEvents));
  EXPECT_TRUE(many["earlier_events"]);
  EXPECT_EQ(many["events"].back()["id"], secret) << "the newest is kept";
  EXPECT_EQ(many["events"].front()["title"], "Earlier decision");
}

TEST_P(OutcomeApi, SchoolsGoBesideTheDistrictWhenAskedFor) {
  ASSERT_EQ(setValue({{"metric", "math_met"}, {"year", 2023}, {"value", 30}}).status, 201);
  ASSERT_EQ(
      setValue({{"metric", "math_met"}, {"year", 2023}, {"scope", "school"}, {"school_id", lincoln_}, {"value", 35}})
          .status,
      201);
  ASSERT_EQ(
      setValue({{"metric", "math_met"}, {"year", 2023}, {"scope", "school"}, {"school_id", washington_}, {"value", 25}})
          .status,
      201);
  auto all = get(base_ + "/metrics/math_met/series?school=all", &outsider_).json()["series"];
  ASSERT_EQ(all.size(), 4u);
  EXPECT_EQ(all[2]["name"], "Lincoln Elementary");
  EXPECT_EQ(all[2]["school_id"], lincoln_);
  EXPECT_EQ(all[2]["points"][0]["value"], 35);
  EXPECT_EQ(all[3]["points"][0]["value"], 25);
  auto one = get(base_ + "/metrics/math_met/series?school=" + std::to_string(washington_), &outsider_).json()["series"];
  ASSERT_EQ(one.size(), 3u);
  EXPECT_EQ(one[2]["name"], "Washington Middle");
  EXPECT_EQ(get(base_ + "/metrics/math_met/series", &outsider_).json()["series"].size(), 2u);
  EXPECT_EQ(get(base_ + "/metrics/math_met/series?school=999999", &outsider_).json()["error"]["field"], "school");
}

TEST_P(OutcomeApi, TheOutcomesOverviewAnswersADashboardInOneResponse) {
  for (int year : {2021, 2022, 2023})
    for (const char* metric : {"ela_met", "math_met", "chronic_absence"})
      ASSERT_EQ(setValue({{"metric", metric}, {"year", year}, {"value", year - 2000}}).status, 201);
  auto overview = get(base_ + "/outcomes?school=all", &outsider_);
  ASSERT_EQ(overview.status, 200) << overview.body;
  auto metrics = overview.json()["metrics"];
  ASSERT_EQ(metrics.size(), 6u);  // every metric, with or without values
  EXPECT_EQ(metrics[0]["metric"]["key"], "ela_met");
  EXPECT_EQ(metrics[0]["series"].size(), 4u);  // district, state, two schools
  EXPECT_EQ(metrics[0]["series"][0]["points"].size(), 3u);
  EXPECT_TRUE(metrics[4]["series"][0]["points"].empty());
  auto some = get(base_ + "/outcomes?metric=math_met,chronic_absence&from=2022", &outsider_).json();
  ASSERT_EQ(some["metrics"].size(), 2u);
  EXPECT_EQ(some["metrics"][1]["metric"]["key"], "chronic_absence");
  EXPECT_EQ(some["metrics"][1]["series"][0]["points"].size(), 2u);
  EXPECT_EQ(get(base_ + "/outcomes?metric=nope", &outsider_).json()["error"]["field"], "metric");
}

// A chart answer is kept between requests at the version of what it is made of. Every change to
// that, through Accord or straight into the database (as another server would make it), is in the
// next answer, and what one viewer may see never reaches another.
TEST_P(OutcomeApi, AKeptChartFollowsEveryChangeToWhatItIsMadeOf) {
  ASSERT_EQ(setValue({{"metric", "ela_met"}, {"year", 2023}, {"value", 40}}).status, 201);
  std::string path = base_ + "/metrics/ela_met/series?school=all";
  auto first = get(path, &labor2_);
  ASSERT_EQ(first.status, 200) << first.body;
  auto again = get(path, &labor2_);
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(again.header("etag"), first.header("etag"));
  auto chart = [&](const Session* who) {
    auto r = get(path, who);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  };

  ASSERT_EQ(setValue({{"metric", "ela_met"}, {"year", 2024}, {"value", 42}}).status, 201);
  EXPECT_EQ(chart(&labor2_)["series"][0]["points"].size(), 2u) << "a value set";
  *rawSession() << "UPDATE metric_values SET value = 43 WHERE year = 2024";
  EXPECT_EQ(chart(&labor2_)["series"][0]["points"][1]["value"], 43) << "a value written by another server";
  *rawSession() << "DELETE FROM metric_values WHERE year = 2024";
  EXPECT_EQ(chart(&labor2_)["series"][0]["points"].size(), 1u) << "a value removed";
  ASSERT_EQ(patch(base_ + "/schools/" + std::to_string(lincoln_), {{"name", "Lincoln Academy"}}, &super_).status, 200);
  EXPECT_EQ(chart(&labor2_)["series"][2]["name"], "Lincoln Academy");
  ASSERT_EQ(patch(base_, {{"name", "Harbor Joint Unified"}}, &super_).status, 200);
  EXPECT_EQ(chart(&labor2_)["series"][0]["name"], "Harbor Joint Unified");

  long long decision = decide("Peer observation in every school");
  ASSERT_EQ(chart(&labor2_)["events"].size(), 1u) << "a decision adopted";
  ASSERT_EQ(chart(&outsider_)["events"].size(), 1u);
  *rawSession() << "UPDATE decisions SET confidential = 1 WHERE id = :id", soci::use(decision);
  EXPECT_EQ(chart(&labor2_)["events"].size(), 1u) << "labor2 sits on the body";
  EXPECT_TRUE(chart(&outsider_)["events"].empty()) << "a decision made confidential";
  EXPECT_EQ(get(path, &outsider_).body.find("Peer observation"), std::string::npos);
  ASSERT_EQ(del(base_ + "/bodies/" + std::to_string(body_) + "/members/" + std::to_string(labor2_.userId), &super_)
                .status,
            204);
  EXPECT_TRUE(chart(&labor2_)["events"].empty()) << "a viewer who left the body";
  EXPECT_EQ(chart(&labor_)["events"].size(), 1u);

  EXPECT_EQ(get(path, &other_).status, 404) << "another district's member, even with the answer kept";
}

}  // namespace
}  // namespace accord::testing
