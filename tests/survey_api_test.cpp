// The climate survey: the instrument, yearly windows, anonymous answers, and results that show
// no group smaller than the window's minimum.
#include <functional>

#include "survey_fixture.hpp"

namespace accord::testing {
namespace {

using nlohmann::json;

class ClimateSurveyApi : public SurveyApi {
 protected:
  std::string responses(long long w) const { return window(w) + "/climate-responses"; }
  std::string results(long long w) const { return window(w) + "/climate-results"; }

  void answer(long long w, const Session& who, const json& answers, const json& school = nullptr) {
    json body = {{"answers", answers}};
    if (!school.is_null()) body["school"] = school;
    auto r = post(responses(w), body, &who);
    ASSERT_EQ(r.status, 201) << r.body;
  }

  json readResults(long long w, const Session& who) {
    auto r = get(results(w), &who);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }

  static const json& area(const json& group, const std::string& key) {
    for (const auto& a : group["areas"])
      if (a["key"] == key) return a;
    static const json none;
    ADD_FAILURE() << "no area " << key << " in " << group.dump();
    return none;
  }
};
ACCORD_ON_EVERY_BACKEND(ClimateSurveyApi);

TEST_P(ClimateSurveyApi, TheDefaultInstrumentHasTheSixAreasInEnglishAndSpanish) {
  auto r = get(base_ + "/survey-instrument", &labor2_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto doc = r.json();
  EXPECT_FALSE(doc["customized"].get<bool>());
  std::vector<std::string> keys;
  for (const auto& a : doc["areas"]) {
    keys.push_back(a["key"]);
    EXPECT_GE(a["items"].size(), 3u);
    EXPECT_LE(a["items"].size(), 4u);
    for (const auto& item : a["items"]) {
      EXPECT_FALSE(item["text"]["en"].get<std::string>().empty());
      EXPECT_FALSE(item["text"]["es"].get<std::string>().empty());
    }
  }
  EXPECT_EQ(keys, (std::vector<std::string>{"school_culture", "professional_development", "resources", "communication",
                                            "data", "partnership"}));
  ASSERT_EQ(doc["scale"].size(), 5u);
  EXPECT_EQ(doc["scale"][0]["label"]["es"], "Totalmente en desacuerdo");
}

TEST_P(ClimateSurveyApi, ADistrictSetsItsOwnInstrumentAndAnOpenedWindowKeepsItsCopy) {
  json own = {{"areas",
               {{{"key", "trust"},
                 {"name", {{"en", "Trust"}, {"es", "Confianza"}}},
                 {"items",
                  {{{"key", "trust_principal"},
                    {"text", {{"en", "I trust my principal."}, {"es", "Confío en mi director."}}}}}}}}}};
  auto put = sendAs({"PUT", base_ + "/survey-instrument", {{"Content-Type", "application/json"}}, own.dump()}, &super_);
  ASSERT_EQ(put.status, 200) << put.body;
  EXPECT_TRUE(put.json()["customized"].get<bool>());
  long long w = openWindow(2025);
  auto opened = get(window(w), &labor2_).json();
  EXPECT_EQ(opened["instrument"]["areas"][0]["key"], "trust");

  own["areas"][0]["key"] = "trust_changed";
  ASSERT_EQ(
      sendAs({"PUT", base_ + "/survey-instrument", {{"Content-Type", "application/json"}}, own.dump()}, &super_).status,
      200);
  EXPECT_EQ(get(base_ + "/survey-instrument", &labor2_).json()["areas"][0]["key"], "trust_changed");
  EXPECT_EQ(get(window(w), &labor2_).json()["instrument"]["areas"][0]["key"], "trust");
  answer(w, labor2_, {{"trust_principal", 4}});
  auto wrong = post(responses(w), {{"answers", {{"culture_trust", 4}}}}, &labor_);
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(wrong.json()["error"]["field"], "answers.culture_trust");

  own["areas"][0]["items"][0]["text"].erase("en");
  auto bad = sendAs({"PUT", base_ + "/survey-instrument", {{"Content-Type", "application/json"}}, own.dump()}, &super_);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.json()["error"]["field"], "areas[0].items[0].text.en");
  EXPECT_EQ(get(base_ + "/survey-instrument", &labor2_).json()["areas"][0]["key"], "trust_changed");
}

TEST_P(ClimateSurveyApi, AMemberAnswersOnceAndASecondAnswerIsRefused) {
  long long w = openWindow(2025);
  EXPECT_EQ(get(window(w), &labor2_).json()["answered"]["climate"], false);
  auto first =
      post(responses(w), {{"school", "Lincoln Elementary"}, {"answers", {{"culture_trust", 4}, {"data_use", nullptr}}}},
           &labor2_);
  ASSERT_EQ(first.status, 201) << first.body;
  // Nothing that could find the response again: no id, no echo of the answers.
  EXPECT_EQ(first.json(), json({{"recorded", true}}));
  EXPECT_EQ(get(window(w), &labor2_).json()["answered"]["climate"], true);
  EXPECT_EQ(get(window(w), &labor2_).json()["answered"]["network"], nullptr);
  auto second = post(responses(w), {{"answers", {{"culture_trust", 1}}}}, &labor2_);
  EXPECT_EQ(second.status, 409) << second.body;
}

TEST_P(ClimateSurveyApi, AnswersOutsideTheInstrumentAreRefusedNamingTheItem) {
  long long w = openWindow(2025);
  struct Case {
    json body;
    std::string field;
  };
  std::vector<Case> cases = {
      {{{"answers", {{"nope", 3}}}}, "answers.nope"},
      {{{"answers", {{"culture_trust", 6}}}}, "answers.culture_trust"},
      {{{"answers", {{"culture_trust", 0}}}}, "answers.culture_trust"},
      {{{"answers", {{"culture_trust", 4}, {"pd_time", -1}}}}, "answers.pd_time"},
      {{{"answers", {{"culture_trust", "4"}}}}, "answers.culture_trust"},
      {{{"answers", {{"culture_trust", 4.5}}}}, "answers.culture_trust"},
      {{{"answers", {{"culture_trust", nullptr}}}}, "answers"},
      {json::object(), "answers"},
      {{{"answers", {4}}}, "answers"},
      {{{"school", "Atlantis High"}, {"answers", {{"culture_trust", 4}}}}, "school"},
      {{{"school", 7}, {"answers", {{"culture_trust", 4}}}}, "school"},
  };
  for (const auto& c : cases) {
    auto r = post(responses(w), c.body, &labor2_);
    EXPECT_EQ(r.status, 400) << c.body.dump() << r.body;
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.body.dump() << r.body;
  }
  // None of the refused answers counted as the person's one response.
  answer(w, labor2_, {{"culture_trust", 4}});
}

TEST_P(ClimateSurveyApi, ResultsAreSuppressedBelowTheMinimumGroupAndShownAtIt) {
  // Two closed windows of the default minimum of 5: one with four responses, one with five.
  std::vector<Session> people = {labor_, labor2_, alternate_, outsider_, member("teacher5@example.org", "labor")};
  long long fewer = openWindow(2024);
  for (int i = 0; i < 4; ++i)
    answer(fewer, people[i], {{"culture_trust", 4}, {"culture_respect", i + 1}}, "Lincoln Elementary");
  closeWindow(fewer);
  long long w = openWindow(2025);
  for (int i = 0; i < 5; ++i)
    answer(w, people[i], {{"culture_trust", 4}, {"culture_respect", i + 1}}, "Lincoln Elementary");
  closeWindow(w);

  auto below = readResults(fewer, super_);
  EXPECT_EQ(below["min_group_size"], 5);
  EXPECT_TRUE(below["overall"]["suppressed"].get<bool>());
  EXPECT_EQ(below["overall"]["n"], nullptr);
  EXPECT_TRUE(below["overall"]["areas"].empty());
  for (const auto& group : below["schools"]) EXPECT_TRUE(group["suppressed"].get<bool>()) << group.dump();
  for (const auto& group : below["sides"]) EXPECT_EQ(group["n"], nullptr) << group.dump();
  for (const auto& gap : below["gap"]) EXPECT_EQ(gap["gap"], nullptr);

  auto at = readResults(w, super_);
  ASSERT_FALSE(at["overall"]["suppressed"].get<bool>()) << at.dump();
  EXPECT_EQ(at["overall"]["n"], 5);
  const json& culture = area(at["overall"], "school_culture");
  EXPECT_EQ(culture["n"], 5);
  EXPECT_DOUBLE_EQ(culture["mean"].get<double>(), 3.5);  // each person's mean: 2.5, 3, 3.5, 4, 4.5
  EXPECT_EQ(culture["distribution"], json({1, 1, 1, 6, 1}));
  ASSERT_FALSE(culture["items_suppressed"].get<bool>());
  EXPECT_DOUBLE_EQ(culture["items"][0]["mean"].get<double>(), 4.0);
  EXPECT_DOUBLE_EQ(culture["items"][1]["mean"].get<double>(), 3.0);
  // An area nobody answered is suppressed too.
  EXPECT_TRUE(area(at["overall"], "data")["suppressed"].get<bool>());
  EXPECT_EQ(area(at["overall"], "data")["mean"], nullptr);

  ASSERT_EQ(at["schools"].size(), 2u);
  EXPECT_EQ(at["schools"][0]["school"], "Lincoln Elementary");
  EXPECT_EQ(at["schools"][0]["n"], 5);
  EXPECT_DOUBLE_EQ(area(at["schools"][0], "school_culture")["mean"].get<double>(), 3.5);
  EXPECT_EQ(at["schools"][1]["school"], "Roosevelt Middle");
  EXPECT_TRUE(at["schools"][1]["suppressed"].get<bool>());
  EXPECT_EQ(at["sides"][0]["side"], "labor");
  EXPECT_EQ(at["sides"][0]["n"], 5);
  EXPECT_TRUE(at["sides"][1]["suppressed"].get<bool>());
}

TEST_P(ClimateSurveyApi, TheMinimumGroupSizeIsNeverBelowThree) {
  auto r = post(windows(), windowBody(2025, {{"min_group_size", 2}}), &super_);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.json()["error"]["field"], "min_group_size");
  long long w = openWindow(2025, {{"min_group_size", 3}});
  EXPECT_EQ(get(window(w), &labor2_).json()["min_group_size"], 3);
  auto lowered = patch(window(w), {{"min_group_size", 1}}, &super_);
  EXPECT_EQ(lowered.status, 400);
  EXPECT_EQ(lowered.json()["error"]["field"], "min_group_size");
  long long plain = openWindow(2026);
  EXPECT_EQ(get(window(plain), &labor2_).json()["min_group_size"], 5);
}

TEST_P(ClimateSurveyApi, TheGapBetweenTheSidesIsLaborMinusManagementPerArea) {
  long long w = openWindow(2025, {{"min_group_size", 3}});
  for (const Session* who : {&labor_, &labor2_, &alternate_})
    answer(w, *who, {{"partnership_allies", 5}, {"partnership_students", 4}, {"data_use", 3}});
  for (const Session* who : {&management_, &management2_, &super_})
    answer(w, *who, {{"partnership_allies", 2}, {"partnership_students", 3}});
  closeWindow(w);
  auto r = readResults(w, super_);
  json partnership, data;
  for (const auto& gap : r["gap"]) {
    if (gap["area"] == "partnership") partnership = gap;
    if (gap["area"] == "data") data = gap;
  }
  EXPECT_DOUBLE_EQ(partnership["labor_mean"].get<double>(), 4.5);
  EXPECT_DOUBLE_EQ(partnership["management_mean"].get<double>(), 2.5);
  EXPECT_DOUBLE_EQ(partnership["gap"].get<double>(), 2.0);
  EXPECT_FALSE(partnership["suppressed"].get<bool>());
  // Management did not answer about data: no gap is given.
  EXPECT_TRUE(data["suppressed"].get<bool>());
  EXPECT_EQ(data["gap"], nullptr);
  EXPECT_DOUBLE_EQ(data["labor_mean"].get<double>(), 3.0);
}

TEST_P(ClimateSurveyApi, TheTrendFollowsEachAreaAcrossTheYears) {
  for (auto [year, value] : {std::pair{2024, 2}, std::pair{2025, 4}}) {
    long long w = openWindow(year, {{"min_group_size", 3}});
    for (const Session* who : {&labor_, &labor2_, &alternate_}) answer(w, *who, {{"culture_trust", value}});
    closeWindow(w);
  }
  long long open = openWindow(2026, {{"min_group_size", 3}});
  for (const Session* who : {&labor_, &labor2_, &alternate_}) answer(open, *who, {{"culture_trust", 5}});

  auto r = get(base_ + "/climate-trend", &outsider_);
  ASSERT_EQ(r.status, 200) << r.body;
  auto trend = r.json();
  ASSERT_EQ(trend["years"].size(), 2u) << trend.dump();  // the open window is not shown to everyone yet
  EXPECT_EQ(trend["years"][0]["year"], 2024);
  EXPECT_EQ(trend["years"][1]["respondents"], 3);
  json culture, data;
  for (const auto& a : trend["areas"]) {
    if (a["key"] == "school_culture") culture = a;
    if (a["key"] == "data") data = a;
  }
  ASSERT_EQ(culture["points"].size(), 2u);
  EXPECT_DOUBLE_EQ(culture["points"][0]["mean"].get<double>(), 2.0);
  EXPECT_DOUBLE_EQ(culture["points"][1]["mean"].get<double>(), 4.0);
  EXPECT_EQ(culture["name"]["es"], "Cultura escolar");
  EXPECT_TRUE(data["points"][0]["suppressed"].get<bool>());
  EXPECT_EQ(data["points"][0]["mean"], nullptr);
  // Nor to the stewards: the open year joins the trend when its window closes.
  EXPECT_EQ(get(base_ + "/climate-trend", &super_).json()["years"].size(), 2u);
  closeWindow(open);
  EXPECT_EQ(get(base_ + "/climate-trend", &outsider_).json()["years"].size(), 3u);
}

TEST_P(ClimateSurveyApi, NobodysAnswersCanBeTracedToThem) {
  std::vector<const Session*> people = {&labor_, &labor2_, &alternate_, &management_, &management2_};
  auto answersOf = [](int i) {
    return json{{"culture_trust", i + 1}, {"pd_time", 5 - i}, {"data_use", 1 + (i * 2) % 5}};
  };
  long long first = openWindow(2024, {{"min_group_size", 3}});
  for (int i = 0; i < 5; ++i) answer(first, *people[i], answersOf(i), "Lincoln Elementary");
  closeWindow(first);
  // The same people give the same answers the next year, in the opposite order.
  long long second = openWindow(2025, {{"min_group_size", 3}});
  for (int i = 4; i >= 0; --i) answer(second, *people[i], answersOf(i), "Lincoln Elementary");
  closeWindow(second);

  auto a = readResults(first, labor2_), b = readResults(second, labor2_);
  for (const char* part : {"overall", "schools", "sides", "gap"}) EXPECT_EQ(a[part], b[part]) << part;

  // Nothing in the results names a person.
  std::function<void(const json&)> noPeople = [&](const json& j) {
    if (j.is_object()) {
      for (const auto& [key, value] : j.items()) {
        for (const char* personal : {"user_id", "author_id", "actor_id", "respondent_id", "response_id", "email"})
          EXPECT_NE(key, personal);
        noPeople(value);
      }
    } else if (j.is_array()) {
      for (const auto& v : j) noPeople(v);
    }
  };
  noPeople(a);
  // The audit log keeps no entry for a response: it would say who answered, and when.
  auto audit = get(base_ + "/audit?limit=200", &super_);
  ASSERT_EQ(audit.status, 200);
  json entries = audit.json()["items"];  // a copy: the parsed body is a temporary
  for (const auto& entry : entries) EXPECT_NE(entry["action"], "climate_survey.respond") << entry.dump();
  // There is no way to read a response back.
  EXPECT_EQ(get(responses(first), &labor_).status, 405);
}

TEST_P(ClimateSurveyApi, WhileAWindowIsOpenNobodyReadsItsResultsNotEvenTheStewards) {
  // Two reads a response apart would show that one person's answers: so there is no read until the close.
  long long w = openWindow(2025, {{"min_group_size", 3}});
  for (const Session* who : {&labor2_, &alternate_, &management_}) answer(w, *who, {{"culture_trust", 4}});
  for (const Session* steward : {&super_, &labor_, &management2_}) {
    auto r = get(results(w), steward);
    EXPECT_EQ(r.status, 409) << r.body;
    EXPECT_EQ(r.json()["error"]["code"], "conflict");
    EXPECT_EQ(r.json()["error"]["field"], "window");
    EXPECT_NE(r.json()["error"]["message"].get<std::string>().find(dayFromToday(14)), std::string::npos) << r.body;
    auto view = get(window(w), steward).json();
    EXPECT_FALSE(view["results_available"].get<bool>()) << view.dump();
  }
  EXPECT_TRUE(get(base_ + "/climate-trend", &super_).json()["years"].empty());
  // A scheduled window likewise.
  long long later = openWindow(2026, {{"opens_on", dayFromToday(3)}, {"closes_on", dayFromToday(10)}});
  EXPECT_EQ(get(results(later), &super_).status, 409);

  closeWindow(w);
  for (const Session* reader : {&super_, &labor2_, &outsider_}) {
    auto r = get(results(w), reader);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["overall"]["n"], 3);
    EXPECT_TRUE(get(window(w), reader).json()["results_available"].get<bool>());
  }
}

TEST_P(ClimateSurveyApi, WhileOpenEveryoneSeesOnlyHowManyHaveAnswered) {
  long long w = openWindow(2025);
  EXPECT_EQ(get(window(w), &labor2_).json()["responses"], json({{"climate", 0}, {"network", nullptr}}));
  answer(w, labor2_, {{"culture_trust", 4}});
  answer(w, management_, {{"culture_trust", 2}});
  for (const Session* reader : {&super_, &outsider_}) {
    auto view = get(window(w), reader).json();
    EXPECT_EQ(view["responses"]["climate"], 2) << view.dump();
    EXPECT_EQ(view["status"], "open");
  }
}

TEST_P(ClimateSurveyApi, AnAnswerLeavesNoTraceOfWhoAnsweredNorWhen) {
  long long w = openWindow(2025, {{"min_group_size", 3}});
  auto auditItems = [&] {
    auto r = get(base_ + "/audit?limit=200", &super_);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["items"];
  };
  json before = auditItems();
  for (const Session* who : {&labor2_, &alternate_, &management_}) {
    auto r = post(responses(w), {{"answers", {{"culture_trust", 4}}}}, who);
    ASSERT_EQ(r.status, 201) << r.body;
    EXPECT_EQ(r.json(), json({{"recorded", true}}));
  }
  // Not a single audit entry: neither the respondent nor the time of an answer.
  json after = auditItems();
  EXPECT_EQ(after.size(), before.size()) << after.dump();
  for (const auto& entry : after) {
    EXPECT_EQ(entry["action"].get<std::string>().find("respond"), std::string::npos) << entry.dump();
  }
  closeWindow(w);
  // Nothing read afterwards carries a respondent's id or a time of answering.
  for (const auto& route : {results(w), window(w), windows(), base_ + "/climate-trend"}) {
    auto r = get(route, &super_);
    ASSERT_EQ(r.status, 200) << route << r.body;
    for (const char* key : {"user_id", "respondent_id", "response_id", "answered_at", "responded_at", "submitted_at"})
      EXPECT_EQ(r.body.find(key), std::string::npos) << route << r.body;
  }
}

TEST_P(ClimateSurveyApi, AWindowRunsOnItsDatesAndStaysClosedOnceClosed) {
  long long w = openWindow(2025);
  auto again = post(windows(), windowBody(2025), &super_);
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json()["error"]["field"], "year");
  // The network survey may have its own window in the same year.
  EXPECT_EQ(post(windows(), windowBody(2025, {{"surveys", {"network"}}}), &super_).status, 201);

  long long later = openWindow(2026, {{"opens_on", dayFromToday(3)}, {"closes_on", dayFromToday(10)}});
  EXPECT_EQ(get(window(later), &labor2_).json()["status"], "scheduled");
  EXPECT_EQ(post(responses(later), {{"answers", {{"culture_trust", 3}}}}, &labor2_).status, 409);

  auto moved = patch(window(w), {{"closes_on", dayFromToday(30)}}, &super_);
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(moved.json()["closes_on"], dayFromToday(30));
  EXPECT_EQ(moved.json()["status"], "open");
  closeWindow(w);
  EXPECT_EQ(get(window(w), &labor2_).json()["status"], "closed");
  EXPECT_EQ(post(responses(w), {{"answers", {{"culture_trust", 3}}}}, &labor2_).status, 409);
  EXPECT_EQ(patch(window(w), {{"closes_on", dayFromToday(40)}}, &super_).status, 409);
  EXPECT_EQ(post(window(w) + "/close", json::object(), &super_).status, 409);
}

TEST_P(ClimateSurveyApi, AWindowsSchoolsAreThoseOfTheSiteTeamsUnlessNamed) {
  auto team = post(base_ + "/bodies",
                   {{"name", "Jefferson site team"},
                    {"level", "site"},
                    {"school", "Jefferson High"},
                    {"labor_seats", 2},
                    {"management_seats", 2},
                    {"rule", "consensus"},
                    {"quorum_per_side", 1},
                    {"fallback", "The principal decides."}},
                   &super_);
  ASSERT_EQ(team.status, 201) << team.body;
  json body = windowBody(2025);
  body.erase("schools");
  auto r = post(windows(), body, &super_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(r.json()["schools"], json({"Jefferson High"}));
}

TEST_P(ClimateSurveyApi, ADistrictsSchoolListNamesTheWindowsSchools) {
  for (const char* name : {"Roosevelt Middle", "Lincoln Elementary"}) {
    auto school = post(base_ + "/schools", {{"name", name}, {"level", "elementary"}}, &super_);
    ASSERT_EQ(school.status, 201) << school.body;
  }
  // Unnamed: the school list, sorted as it lists them.
  json body = windowBody(2024);
  body.erase("schools");
  auto listed = post(windows(), body, &super_);
  ASSERT_EQ(listed.status, 201) << listed.body;
  EXPECT_EQ(listed.json()["schools"], json({"Lincoln Elementary", "Roosevelt Middle"}));
  // Named: spelled as the list spells them, so results join the schools' outcomes.
  auto named = post(windows(), windowBody(2025, {{"schools", {"lincoln elementary"}}}), &super_);
  ASSERT_EQ(named.status, 201) << named.body;
  EXPECT_EQ(named.json()["schools"], json({"Lincoln Elementary"}));
  auto unknown = post(windows(), windowBody(2026, {{"schools", {"Lincoln"}}}), &super_);
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.json()["error"]["field"], "schools") << unknown.body;
}

TEST_P(ClimateSurveyApi, BadWindowSettingsAreRefusedNamingTheField) {
  struct Case {
    json extra;
    std::string field;
  };
  std::vector<Case> cases = {
      {{{"year", 1990}}, "year"},
      {{{"year", 2090}}, "year"},
      {{{"year", "2025"}}, "year"},
      {{{"opens_on", "next week"}}, "opens_on"},
      {{{"closes_on", dayFromToday(-1)}, {"opens_on", dayFromToday(-5)}}, "closes_on"},
      {{{"opens_on", dayFromToday(5)}, {"closes_on", dayFromToday(2)}}, "closes_on"},
      {{{"min_group_size", 2}}, "min_group_size"},
      {{{"surveys", {"poll"}}}, "surveys"},
      {{{"schools", {"Lincoln", " "}}}, "schools"},
      {{{"surveys", {"network"}}, {"schools", json::array()}}, "schools"},
  };
  for (const auto& c : cases) {
    auto r = post(windows(), windowBody(2025, c.extra), &super_);
    EXPECT_EQ(r.status, 400) << c.extra.dump() << r.body;
    EXPECT_EQ(r.json()["error"]["field"], c.field) << c.extra.dump() << r.body;
  }
  EXPECT_TRUE(get(windows(), &super_).json()["items"].empty());
}

TEST_P(ClimateSurveyApi, AnotherDistrictsWindowsAreNotFound) {
  long long mine = openWindow(2025);
  std::string theirs = "/api/v1/districts/" + std::to_string(otherDistrict_);
  auto opened = post(theirs + "/survey-windows", windowBody(2025), &other_);
  ASSERT_EQ(opened.status, 201) << opened.body;
  long long theirWindow = opened.json()["id"];
  std::string theirPath = theirs + "/survey-windows/" + std::to_string(theirWindow);

  EXPECT_EQ(get(window(mine), &other_).status, 404);
  EXPECT_EQ(get(results(mine), &other_).status, 404);
  EXPECT_EQ(post(responses(mine), {{"answers", {{"culture_trust", 3}}}}, &other_).status, 404);
  EXPECT_EQ(get(base_ + "/climate-trend", &other_).status, 404);
  EXPECT_EQ(get(base_ + "/survey-instrument", &other_).status, 404);
  // Their window through my district's path, and through theirs.
  EXPECT_EQ(get(window(theirWindow), &super_).status, 404);
  EXPECT_EQ(post(responses(theirWindow), {{"answers", {{"culture_trust", 3}}}}, &labor2_).status, 404);
  EXPECT_EQ(get(theirPath, &labor2_).status, 404);
  EXPECT_EQ(post(theirPath + "/climate-responses", {{"answers", {{"culture_trust", 3}}}}, &labor2_).status, 404);
  EXPECT_EQ(get(theirPath + "/climate-results", &super_).status, 404);
}

TEST_P(ClimateSurveyApi, WhoMayDoWhat) {
  long long shared = openWindow(2025);
  auto instrument = get(base_ + "/survey-instrument", &super_).json();
  instrument.erase("customized");
  struct Who {
    std::string name;
    const Session* session;
    int open, setInstrument, readInstrument, answer, resultsWhileOpen, resultsAfterClose;
  };
  std::vector<Who> table = {
      // While the window is open nobody reads its results, the stewards no more than anyone.
      {"labor co-chair (union president)", &labor_, 201, 200, 200, 201, 409, 200},
      {"management co-chair", &management2_, 201, 200, 200, 201, 409, 200},
      {"labor member", &labor2_, 403, 403, 200, 201, 409, 200},
      {"management member", &management_, 403, 403, 200, 201, 409, 200},
      {"neutral member", &neutral_, 403, 403, 200, 201, 409, 200},
      {"district member outside the body", &outsider_, 403, 403, 200, 201, 409, 200},
      {"member of another district", &other_, 404, 404, 404, 404, 404, 404},
      {"anonymous", nullptr, 401, 401, 401, 401, 401, 401},
  };
  int year = 2010;
  for (const auto& who : table) {
    SCOPED_TRACE(who.name);
    EXPECT_EQ(post(windows(), windowBody(year++), who.session).status, who.open);
    EXPECT_EQ(sendAs({"PUT", base_ + "/survey-instrument", {{"Content-Type", "application/json"}}, instrument.dump()},
                     who.session)
                  .status,
              who.setInstrument);
    EXPECT_EQ(get(base_ + "/survey-instrument", who.session).status, who.readInstrument);
    EXPECT_EQ(post(responses(shared), {{"answers", {{"culture_trust", 4}}}}, who.session).status, who.answer);
    EXPECT_EQ(get(results(shared), who.session).status, who.resultsWhileOpen);
    EXPECT_EQ(get(windows(), who.session).status, who.readInstrument);
  }
  EXPECT_EQ(post(window(shared) + "/close", json::object(), &labor2_).status, 403);
  closeWindow(shared);
  for (const auto& who : table) {
    SCOPED_TRACE(who.name);
    EXPECT_EQ(get(results(shared), who.session).status, who.resultsAfterClose);
    EXPECT_EQ(get(base_ + "/climate-trend", who.session).status, who.resultsAfterClose);
  }
}

}  // namespace
}  // namespace accord::testing
