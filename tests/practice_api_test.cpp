// The practice library: publishing with both co-chairs' sign-off, full-text search, adoption by
// another district, following, peer districts, the district directory, and what never leaves a
// district.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>

#include "common/calendar_date.hpp"
#include "common/clock.hpp"
#include "domain/notification/use_cases.hpp"
#include "domain/practice/use_cases.hpp"
#include "partnership_fixture.hpp"

namespace accord::testing {
namespace {

nlohmann::json evidence(const std::string& key, int from, int to) {
  return nlohmann::json::array({nlohmann::json{{"metric_key", key}, {"from_year", from}, {"to_year", to}}});
}

std::string urlEncode(const std::string& text) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

class PracticeApi : public PartnershipApi {
 protected:
  void SetUp() override {
    PartnershipApi::SetUp();
    if (IsSkipped() || HasFailure()) return;
    std::string chairs = base_ + "/bodies/" + std::to_string(body_) + "/co-chairs";
    ASSERT_EQ(post(chairs, {{"user_id", labor_.userId}}, &super_).status, 200);
    ASSERT_EQ(post(chairs, {{"user_id", management_.userId}}, &super_).status, 200);
    auto r = post("/api/v1/districts/" + std::to_string(otherDistrict_) + "/bodies",
                  {{"name", "Valley Joint Committee"},
                   {"labor_seats", 2},
                   {"management_seats", 2},
                   {"rule", "consensus"},
                   {"quorum_per_side", 1},
                   {"fallback", "The board decides."}},
                  &other_);
    ASSERT_EQ(r.status, 201) << r.body;
    otherBody_ = r.json()["id"].get<long long>();
    thisYear_ = std::stoi(isoDateOf(nowSeconds()).substr(0, 4));
  }

  std::string practices() const { return base_ + "/practices"; }
  std::string practicePath(long long id) const { return "/api/v1/practices/" + std::to_string(id); }

  long long create(const nlohmann::json& body, const Session& as) {
    auto r = post(practices(), body, &as);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }

  HttpResult signOff(long long id, const Session& as) {
    return post(practices() + "/" + std::to_string(id) + "/sign-offs", nlohmann::json::object(), &as);
  }

  long long publish(const nlohmann::json& body) {
    long long id = create(body, labor2_);
    EXPECT_EQ(signOff(id, labor_).status, 200);
    auto r = signOff(id, management_);
    EXPECT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.json()["state"], "published");
    return id;
  }

  nlohmann::json search(const std::string& query, const Session* as) {
    auto r = get("/api/v1/practices?" + query, as);
    EXPECT_EQ(r.status, 200) << query << " " << r.body;
    return r.json();
  }

  static std::vector<long long> ids(const nlohmann::json& page) {
    std::vector<long long> out;
    for (const auto& item : page["items"]) out.push_back(item["id"].get<long long>());
    return out;
  }

  HttpResult adopt(long long practice, const Session& as, const nlohmann::json& extra = nlohmann::json::object()) {
    nlohmann::json body = {{"district_id", otherDistrict_}, {"body_id", otherBody_}};
    body.update(extra);
    return post(practicePath(practice) + "/adoptions", body, &as);
  }

  int setValueFor(long long district, const std::string& metric, int year, double value) {
    const Session* as = district == district_ ? &super_ : &other_;
    return post("/api/v1/districts/" + std::to_string(district) + "/metric-values",
                {{"metric", metric}, {"year", year}, {"value", value}}, as)
        .status;
  }

  HttpResult follow(long long practice, const Session* as) {
    return sendAs({"PUT", practicePath(practice) + "/follow", {}, {}}, as);
  }
  HttpResult unfollow(long long practice, const Session* as) { return del(practicePath(practice) + "/follow", as); }

  // The person as the use cases see a caller, to act at a moment other than now.
  domain::Caller callerOf(const Session& who) {
    auto tx = store_->read();
    EXPECT_TRUE(tx.ok());
    auto user = (*tx)->users().byId(who.userId);
    EXPECT_TRUE(user.ok());
    return {user.ok() ? *user : domain::User{}, {}};
  }

  // The changes in followed practices that the person's digest of the day of `at` tells.
  std::vector<domain::FollowedChange> followedInDigest(const Session& who, UnixSeconds at) {
    auto tx = store_->read();
    EXPECT_TRUE(tx.ok());
    auto user = (*tx)->users().byId(who.userId);
    EXPECT_TRUE(user.ok());
    auto digest = domain::composeDigest(**tx, *user, at);
    EXPECT_TRUE(digest.ok());
    return digest.ok() ? digest->followed : std::vector<domain::FollowedChange>{};
  }

  HttpResult importDirectory(const std::string& csv, const Session& as) {
    return sendAs({"POST", "/api/v1/directory/imports", {{"Content-Type", "text/csv"}}, csv}, &as);
  }

  long long otherBody_ = 0;
  int thisYear_ = 0;
};
ACCORD_ON_EVERY_BACKEND(PracticeApi);

TEST_P(PracticeApi, PublishedOnlyOnceBothSidesCoChairsSignOff) {
  long long id = create({{"title", "Peer coaching for new teachers"},
                         {"summary", "Every new teacher is paired with a mentor."},
                         {"tags", {"Mentoring", "retention"}}},
                        labor2_);
  auto draft = get(practicePath(id), &management2_);
  ASSERT_EQ(draft.status, 200) << draft.body;
  EXPECT_EQ(draft.json()["state"], "draft");
  EXPECT_EQ(draft.json()["tags"], nlohmann::json({"mentoring", "retention"}));
  EXPECT_EQ(get(practicePath(id), &other_).status, 404);

  auto labor = signOff(id, labor_);
  ASSERT_EQ(labor.status, 200) << labor.body;
  EXPECT_EQ(labor.json()["labor_signed"], true);
  EXPECT_EQ(labor.json()["management_signed"], false);
  EXPECT_EQ(labor.json()["state"], "draft");
  // Signing twice for one side does not stand in for the other side.
  EXPECT_EQ(signOff(id, labor_).json()["state"], "draft");
  EXPECT_EQ(get(practicePath(id), &other_).status, 404);

  auto both = signOff(id, management_);
  ASSERT_EQ(both.status, 200) << both.body;
  EXPECT_EQ(both.json()["state"], "published");
  EXPECT_EQ(both.json()["management_signoff_by"], management_.userId);
  EXPECT_EQ(signOff(id, labor_).status, 409);

  auto seen = get(practicePath(id), &other_);
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_EQ(seen.json()["title"], "Peer coaching for new teachers");
  EXPECT_FALSE(seen.json().contains("labor_signoff_by"));
  EXPECT_EQ(ids(search("q=mentor", &other_)), std::vector<long long>{id});
}

TEST_P(PracticeApi, EditingClearsTheSignOffsAndTakesAPublishedPracticeBackToDraft) {
  long long id = create({{"title", "Joint walkthroughs"}}, labor2_);
  ASSERT_EQ(signOff(id, labor_).status, 200);
  auto edited = patch(practices() + "/" + std::to_string(id), {{"summary", "Monthly."}}, &management2_);
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_EQ(edited.json()["labor_signed"], false);
  EXPECT_EQ(edited.json()["summary"], "Monthly.");

  long long published = publish({{"title", "Shared budget review"}});
  auto changed = patch(practices() + "/" + std::to_string(published), {{"title", "Shared budget review, v2"}},
                       &labor2_);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["state"], "draft");
  EXPECT_EQ(changed.json()["published_at"], nullptr);
  EXPECT_EQ(get(practicePath(published), &other_).status, 404);
  EXPECT_TRUE(ids(search("q=budget", &other_)).empty());
}

TEST_P(PracticeApi, WhoMayDoWhat) {
  Session anonymous;
  long long draft = create({{"title", "Draft"}}, labor2_);
  std::string draftPath = practicePath(draft);
  struct Row {
    const char* who;
    const Session* as;
    int create, list, read, signOff, peers;
  };
  std::vector<Row> rows = {
      {"labor member", &labor2_, 201, 200, 200, 403, 200},
      {"management member", &management2_, 201, 200, 200, 403, 200},
      {"neutral", &neutral_, 403, 200, 200, 403, 200},
      {"district member outside the body", &outsider_, 201, 200, 200, 403, 200},
      {"member of another district", &other_, 404, 404, 404, 404, 404},
      {"anonymous", &anonymous, 401, 401, 401, 401, 401},
  };
  for (const auto& row : rows) {
    SCOPED_TRACE(row.who);
    const Session* as = row.as->cookie.empty() ? nullptr : row.as;
    EXPECT_EQ(post(practices(), {{"title", "Try"}}, as).status, row.create);
    EXPECT_EQ(get(practices(), as).status, row.list);
    EXPECT_EQ(get(draftPath, as).status, row.read);
    EXPECT_EQ(post(practices() + "/" + std::to_string(draft) + "/sign-offs", nlohmann::json::object(), as).status,
              row.signOff);
    EXPECT_EQ(patch(practices() + "/" + std::to_string(draft), {{"summary", "x"}}, as).status,
              row.create == 201 ? 200 : row.create);
    EXPECT_EQ(get(base_ + "/peers", as).status, row.peers);
  }

  // Adoption into a district is for its leaders and co-chairs.
  long long practice = publish({{"title", "Adoptable"}});
  std::string adoptions = practicePath(practice) + "/adoptions";
  nlohmann::json into = {{"district_id", district_}, {"body_id", body_}};
  for (auto [who, as] : {std::pair{"labor member", &labor2_}, std::pair{"management member", &management2_},
                         std::pair{"neutral", &neutral_}, std::pair{"outside the body", &outsider_}}) {
    SCOPED_TRACE(who);
    EXPECT_EQ(post(adoptions, into, as).status, 403);
  }
  EXPECT_EQ(post(adoptions, into, nullptr).status, 401);
  auto notMine = post(adoptions, into, &other_);
  EXPECT_EQ(notMine.status, 400);
  EXPECT_EQ(notMine.json()["error"]["field"], "district_id");
  // The practice is the district's own: leaders may not adopt it into the same district.
  auto own = post(adoptions, into, &labor_);
  EXPECT_EQ(own.status, 400);
  EXPECT_EQ(own.json()["error"]["field"], "district_id");
  EXPECT_EQ(adopt(practice, other_).status, 201);
}

TEST_P(PracticeApi, SearchRanksTitleMatchesFirstAndHighlightsTheWords) {
  long long inBody = publish({{"title", "Weekly data meetings"},
                              {"body", "Teams look at reading scores; mentoring comes up now and then."}});
  long long inTitle = publish({{"title", "Mentoring new teachers"}, {"summary", "Mentoring in pairs."}});
  publish({{"title", "Bell schedule"}, {"summary", "Later start for high schools."}});
  auto found = search("q=" + urlEncode("MENTORING"), &other_);
  ASSERT_EQ(ids(found), (std::vector<long long>{inTitle, inBody}));
  for (const auto& item : found["items"]) {
    bool highlighted = false;
    std::string joined;
    for (const auto& seg : item["snippet"]) {
      joined += seg["text"].get<std::string>();
      if (seg["match"].get<bool>()) {
        std::string text = seg["text"];
        for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        EXPECT_EQ(text, "mentoring");
        highlighted = true;
      }
    }
    EXPECT_TRUE(highlighted) << item.dump();
    EXPECT_EQ(joined.find('\x02'), std::string::npos);
  }
  // Every word must match.
  EXPECT_EQ(ids(search("q=" + urlEncode("mentoring reading"), &other_)), std::vector<long long>{inBody});
  // Without words: newest first, paged.
  auto first = search("limit=2", &other_);
  ASSERT_EQ(first["items"].size(), 2u);
  ASSERT_TRUE(first["next_cursor"].is_string());
  auto second = search("limit=2&cursor=" + first["next_cursor"].get<std::string>(), &other_);
  ASSERT_EQ(second["items"].size(), 1u);
  EXPECT_TRUE(second["next_cursor"].is_null());
  EXPECT_EQ(second["items"][0]["id"], inBody);
}

// Words match by their stems, alike on both backends; the marks fall on the words as written.
TEST_P(PracticeApi, SearchFindsOtherFormsOfAWord) {
  long long mentors = publish({{"title", "Mentors for new teachers"}});
  long long mentoring = publish({{"title", "Weekly data meetings"}, {"body", "Mentoring happens in pairs."}});
  long long schedule = publish({{"title", "Bell schedule"}, {"summary", "Later start for the high schools."}});
  auto found = ids(search("q=mentored", &other_));
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<long long>{mentors, mentoring}));
  nlohmann::json hits = search("q=mentor", &other_)["items"];
  for (const auto& item : hits) {
    std::vector<std::string> marked;
    for (const auto& seg : item["snippet"])
      if (seg["match"].get<bool>()) marked.push_back(seg["text"]);
    ASSERT_FALSE(marked.empty()) << item.dump();
    for (const auto& word : marked) EXPECT_TRUE(word == "Mentors" || word == "Mentoring") << word;
  }
  // No word is left out as too common: every word must be there.
  EXPECT_EQ(ids(search("q=" + urlEncode("the schools"), &other_)), std::vector<long long>{schedule});
  EXPECT_TRUE(ids(search("q=" + urlEncode("the mentors"), &other_)).empty());
}

TEST_P(PracticeApi, SearchFilters) {
  ASSERT_EQ(setValueFor(district_, "ela_met", 2022, 40), 201);
  long long tagged = publish({{"title", "Reading buddies"}, {"tags", {"literacy"}},
                              {"evidence", evidence("ela_met", 2022, 2023)}});
  long long plain = publish({{"title", "Reading rooms"}});
  long long draft = create({{"title", "Reading plan draft"}}, labor2_);
  EXPECT_EQ(ids(search("q=reading&tag=Literacy", &other_)), std::vector<long long>{tagged});
  EXPECT_EQ(ids(search("q=reading&metric=ela_met", &other_)), std::vector<long long>{tagged});
  // Drafts: only the district's own members find them.
  EXPECT_EQ(ids(search("q=reading&state=draft", &labor2_)), std::vector<long long>{draft});
  EXPECT_TRUE(ids(search("q=reading&state=draft", &other_)).empty());
  EXPECT_EQ(ids(search("q=reading&state=published", &labor2_)).size(), 2u);
  EXPECT_EQ(ids(search("q=reading&district=" + std::to_string(otherDistrict_), &labor2_)).size(), 0u);
  // Size bands read the district's enrollment, here from the directory.
  ASSERT_EQ(patch(base_, {{"nces_id", "0612345"}}, &super_).status, 200);
  ASSERT_EQ(importDirectory("LEAID,LEA_NAME,ST,MEMBER\n0612345,Harbor Unified,CA,12000\n", super_).status, 200);
  auto large = ids(search("q=reading&size=large", &other_));
  std::sort(large.begin(), large.end());
  EXPECT_EQ(large, (std::vector<long long>{tagged, plain}));
  EXPECT_TRUE(ids(search("q=reading&size=small", &other_)).empty());
  for (auto [query, field] : {std::pair{"size=huge", "size"}, std::pair{"state=archived", "state"},
                              std::pair{"limit=0", "limit"}, std::pair{"cursor=abc", "cursor"}}) {
    auto r = get(std::string("/api/v1/practices?") + query, &other_);
    EXPECT_EQ(r.status, 400) << query;
    EXPECT_EQ(r.json()["error"]["field"], field) << query;
  }
}

// A filter that leaves out most matches of a common word still finds the few it keeps, however
// low they rank, and the pages of a common word follow one another without gaps or repeats.
TEST_P(PracticeApi, FiltersFindLowRankedMatchesAmongManyAndPagesDoNotOverlap) {
  constexpr int kCommon = 230;  // more than SQLite ranks before it filters
  std::set<long long> common;
  for (int i = 0; i < kCommon; ++i)
    common.insert(publish({{"title", "Budget calendar " + std::to_string(i)}, {"summary", "The budget, read jointly."}}));
  long long rare = publish({{"title", "Release time"}, {"body", "Paid from the budget."}, {"tags", {"rare"}}});
  EXPECT_EQ(ids(search("q=budget&tag=rare", &other_)), std::vector<long long>{rare});
  std::set<long long> seen;
  std::string cursor;
  for (int page = 0; page < 20; ++page) {
    auto found = search("q=budget&limit=50" + (cursor.empty() ? "" : "&cursor=" + cursor), &other_);
    for (long long id : ids(found)) EXPECT_TRUE(seen.insert(id).second) << id << " twice";
    if (found["next_cursor"].is_null()) break;
    cursor = found["next_cursor"];
  }
  EXPECT_EQ(seen.size(), common.size() + 1);
  EXPECT_TRUE(seen.count(rare));
}

// A search's answer is kept between requests; every change to what it is made of shows at once,
// and nobody is sent an answer kept for someone who may find other drafts.
TEST_P(PracticeApi, AKeptSearchFollowsEveryChangeToWhatItIsMadeOf) {
  long long practice = publish({{"title", "Kestrel mentoring"}, {"summary", "Pairs."}, {"tags", {"pairs"}}});
  std::string path = practices() + "/" + std::to_string(practice);
  auto first = [&](const Session* as) {
    auto page = search("q=kestrel", as);
    return page["items"].empty() ? nlohmann::json() : page["items"][0];
  };
  ASSERT_EQ(first(&other_)["adoptions"], 0);
  ASSERT_EQ(first(&other_)["adoptions"], 0);  // the second is the kept answer
  ASSERT_EQ(adopt(practice, other_).status, 201);
  EXPECT_EQ(first(&other_)["adoptions"], 1);
  ASSERT_EQ(patch(base_, {{"name", "Harbor Bay Unified"}}, &super_).status, 200);
  EXPECT_EQ(first(&other_)["district"]["name"], "Harbor Bay Unified");

  // An edit takes it back to draft: gone for another district, found by its own members as edited.
  ASSERT_EQ(patch(path, {{"summary", "Pairs of new teachers."}, {"tags", {"mentors"}}}, &labor2_).status, 200);
  EXPECT_TRUE(first(&other_).is_null());
  EXPECT_EQ(ids(search("q=kestrel&tag=mentors", &labor2_)), std::vector<long long>{practice});
  EXPECT_TRUE(ids(search("q=kestrel&tag=pairs", &labor2_)).empty());
  ASSERT_EQ(signOff(practice, labor_).status, 200);
  ASSERT_EQ(signOff(practice, management_).status, 200);
  EXPECT_EQ(first(&other_)["summary"], "Pairs of new teachers.");

  // Someone who becomes a member finds the district's drafts at once; the public never does.
  long long draft = create({{"title", "Kestrel draft"}}, labor2_);
  long long newcomerId = addUser("newcomer@example.org", "Newcomer");
  Session newcomer = logIn("newcomer@example.org");
  EXPECT_TRUE(ids(search("q=kestrel&state=draft", &newcomer)).empty());
  EXPECT_EQ(ids(search("q=kestrel&state=draft", &labor2_)), std::vector<long long>{draft});
  addMember(district_, newcomerId, "labor", "teacher");
  EXPECT_EQ(ids(search("q=kestrel&state=draft", &newcomer)), std::vector<long long>{draft});
  EXPECT_EQ(ids(search("q=kestrel", &newcomer)).size(), 2u);
  auto open = get("/api/v1/public/practices?q=kestrel");
  ASSERT_EQ(open.status, 200);
  EXPECT_TRUE(ids(open.json()).empty()) << "neither is public";

  // A membership that changes while an answer is written moves the version on, so that answer is
  // not kept for the others who may find the districts' drafts as they were.
  auto version = [&]() -> long long {
    auto tx = store_->read();
    if (!tx.ok()) return -1;
    auto v = (*tx)->practices().searchVersion(0);
    return v.ok() && *v ? (*v)->version : -1;
  };
  long long before = version();
  ASSERT_GE(before, 0);
  addMember(otherDistrict_, newcomerId, "labor", "teacher");
  EXPECT_GT(version(), before);
}

TEST_P(PracticeApi, HostileSearchInputGetsResultsOrAClear400) {
  long long id = publish({{"title", "Interest-based bargaining"}, {"summary", "Both sides \"trained\" together."}});
  std::vector<std::string> inputs = {
      "\"",        "\"\"",          "bargaining\"",       "NEAR(bargaining trained)", "bargaining*",
      "*",         "-bargaining",   "bargaining OR x",    "title:bargaining",         "^bargaining",
      "(",         ")",             "' OR 1=1 --",        "'; DROP TABLE practices; --", "\\",
      "%",         "_",             "&",                  "a:b:c",                    "Éxito ñandú 读书 🙂",
      "bargaining AND NOT trained", "{bargaining}",       "bargaining NEAR/2 trained", "   ",
  };
  for (const auto& q : inputs) {
    SCOPED_TRACE(q);
    auto r = get("/api/v1/practices?q=" + urlEncode(q), &other_);
    EXPECT_EQ(r.status, 200) << r.body;
  }
  EXPECT_EQ(ids(search("q=" + urlEncode("\"bargaining\" trained*"), &other_)), std::vector<long long>{id});
  auto tooLong = get("/api/v1/practices?q=" + std::string(10000, 'a'), &other_);
  EXPECT_EQ(tooLong.status, 400);
  EXPECT_EQ(tooLong.json()["error"]["field"], "q");
  auto notText = get("/api/v1/practices?q=%FF%FE", &other_);
  EXPECT_EQ(notText.status, 400);
  EXPECT_EQ(notText.json()["error"]["field"], "q");
  EXPECT_EQ(get("/api/v1/public/practices?q=" + urlEncode("NEAR(\"x\" *)")).status, 200);
}

TEST_P(PracticeApi, AnotherDistrictFindsAndAdoptsAPracticeAsAnIssue) {
  ASSERT_EQ(setValueFor(district_, "ela_met", 2022, 40), 201);
  ASSERT_EQ(setValueFor(district_, "ela_met", 2024, 48.5), 201);
  long long id = publish({{"title", "Reading buddies"},
                          {"summary", "Older students read with younger ones."},
                          {"problem", "Grade 3 reading was falling."},
                          {"evidence", evidence("ela_met", 2022, 2024)}});
  auto found = search("q=reading", &other_);
  ASSERT_EQ(ids(found), std::vector<long long>{id});

  auto adopted = adopt(id, other_, {{"share_outcomes", true}});
  ASSERT_EQ(adopted.status, 201) << adopted.body;
  long long issue = adopted.json()["issue_id"].get<long long>();
  auto issueRead = get("/api/v1/districts/" + std::to_string(otherDistrict_) + "/issues/" + std::to_string(issue),
                       &other_);
  ASSERT_EQ(issueRead.status, 200) << issueRead.body;
  EXPECT_EQ(issueRead.json()["title"], "Reading buddies");
  EXPECT_NE(issueRead.json()["description"].get<std::string>().find("Grade 3 reading was falling."),
            std::string::npos);
  EXPECT_EQ(issueRead.json()["body_id"], otherBody_);
  EXPECT_EQ(adopt(id, other_).status, 409);

  // The adopting district's change, from the year before adoption, over the same span.
  std::string otherBase = "/api/v1/districts/" + std::to_string(otherDistrict_);
  ASSERT_EQ(post(otherBase + "/metric-values", {{"metric", "ela_met"}, {"year", thisYear_ - 1}, {"value", 30}}, &other_)
                .status,
            201);
  ASSERT_EQ(post(otherBase + "/metric-values", {{"metric", "ela_met"}, {"year", thisYear_}, {"value", 34}}, &other_)
                .status,
            201);
  auto view = get(practicePath(id), &labor2_);
  ASSERT_EQ(view.status, 200) << view.body;
  EXPECT_EQ(view.json()["adoptions"], 1);
  ASSERT_EQ(view.json()["evidence"].size(), 1u);
  EXPECT_EQ(view.json()["evidence"][0]["from_value"], 40.0);
  EXPECT_EQ(view.json()["evidence"][0]["to_value"], 48.5);
  EXPECT_DOUBLE_EQ(view.json()["evidence"][0]["change"].get<double>(), 8.5);
  ASSERT_EQ(view.json()["adopter_changes"].size(), 1u);
  auto change = view.json()["adopter_changes"][0];
  EXPECT_EQ(change["district"]["id"], otherDistrict_);
  EXPECT_EQ(change["from_year"], thisYear_ - 1);
  EXPECT_EQ(change["to_year"], thisYear_);
  EXPECT_DOUBLE_EQ(change["change"].get<double>(), 4.0);
  EXPECT_EQ(search("q=reading", &labor2_)["items"][0]["adoptions"], 1);
}

TEST_P(PracticeApi, FollowingAndUnfollowingAreIdempotentAndCounted) {
  long long id = publish({{"title", "Reading buddies"}});
  auto first = follow(id, &other_);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json(), (nlohmann::json{{"following", true}, {"followers", 1}}));
  EXPECT_EQ(follow(id, &other_).json(), (nlohmann::json{{"following", true}, {"followers", 1}}));
  // A practice of one's own district may be followed too.
  EXPECT_EQ(follow(id, &labor2_).json(), (nlohmann::json{{"following", true}, {"followers", 2}}));

  auto seen = get(practicePath(id), &other_);
  ASSERT_EQ(seen.status, 200) << seen.body;
  EXPECT_EQ(seen.json()["following"], true);
  EXPECT_EQ(seen.json()["followers"], 2);
  EXPECT_EQ(get(practicePath(id), &management2_).json()["following"], false);

  auto stopped = unfollow(id, &other_);
  ASSERT_EQ(stopped.status, 200) << stopped.body;
  EXPECT_EQ(stopped.json(), (nlohmann::json{{"following", false}, {"followers", 1}}));
  EXPECT_EQ(unfollow(id, &other_).json(), (nlohmann::json{{"following", false}, {"followers", 1}}));
  EXPECT_EQ(get(practicePath(id), &other_).json()["following"], false);
  EXPECT_EQ(get(practicePath(id), &other_).json()["followers"], 1);

  // Following is personal, not an act of the partnership: nothing goes into the audit log.
  auto log = get(base_ + "/audit", &super_);
  ASSERT_EQ(log.status, 200) << log.body;
  EXPECT_EQ(log.body.find("follow"), std::string::npos) << log.body;
}

TEST_P(PracticeApi, OnlyAPublishedPracticeTheCallerCanReadIsFollowed) {
  long long draft = create({{"title", "Draft plan"}}, labor2_);
  // Another district's draft is not there for them, as reading it is not.
  EXPECT_EQ(follow(draft, &other_).status, 404);
  EXPECT_EQ(unfollow(draft, &other_).status, 404);
  EXPECT_EQ(follow(999999, &other_).status, 404);
  EXPECT_EQ(unfollow(999999, &other_).status, 404);
  // Its own district reads the draft, but nothing is published to follow yet.
  EXPECT_EQ(follow(draft, &labor2_).status, 409);

  long long open = publish({{"title", "Open books"}, {"public", true}});
  EXPECT_EQ(follow(open, nullptr).status, 401);
  EXPECT_EQ(unfollow(open, nullptr).status, 401);
  EXPECT_EQ(get("/api/v1/me/followed-practices").status, 401);
  EXPECT_EQ(sendAs({"PUT", practicePath(open) + "/follow", {}, {}}, &other_, false).status, 403);  // no CSRF token
  ASSERT_EQ(follow(open, &other_).status, 200);
  // The public page says nothing of who follows.
  auto anonymous = get("/api/v1/public/practices/" + std::to_string(open));
  ASSERT_EQ(anonymous.status, 200);
  EXPECT_FALSE(anonymous.json().contains("followers"));
  EXPECT_FALSE(anonymous.json().contains("following"));
}

TEST_P(PracticeApi, TheFollowedListShowsWhatChangedSinceFollowing) {
  long long reading = publish({{"title", "Reading buddies"}});
  long long walks = publish({{"title", "Joint walkthroughs"}});
  ASSERT_EQ(follow(reading, &labor2_).status, 200);
  ASSERT_EQ(follow(walks, &labor2_).status, 200);
  ASSERT_EQ(follow(reading, &other_).status, 200);

  auto list = get("/api/v1/me/followed-practices", &labor2_);
  ASSERT_EQ(list.status, 200) << list.body;
  ASSERT_EQ(ids(list.json()), (std::vector<long long>{walks, reading}));
  auto item = list.json()["items"][1];
  EXPECT_EQ(item["title"], "Reading buddies");
  EXPECT_EQ(item["district"]["name"], "Harbor Unified");
  EXPECT_EQ(item["state"], "published");
  EXPECT_TRUE(item["published_at"].is_number_integer());
  EXPECT_EQ(item["adoptions"], 0);
  EXPECT_EQ(item["last_change_at"], item["published_at"]);
  EXPECT_EQ(item["updated_since_followed"], false);
  EXPECT_TRUE(get("/api/v1/me/followed-practices", &management2_).json()["items"].empty());

  // Another district adopts it a minute later.
  domain::AdoptInput into{otherDistrict_, otherBody_, false};
  UnixSeconds later = nowSeconds() + 60;
  ASSERT_TRUE(domain::adoptPractice(*store_, callerOf(other_), reading, into, later).ok());
  auto after = get("/api/v1/me/followed-practices", &labor2_).json()["items"];
  EXPECT_EQ(after[1]["adoptions"], 1);
  EXPECT_EQ(after[1]["last_change_at"], later);
  EXPECT_EQ(after[1]["updated_since_followed"], true);
  EXPECT_EQ(after[0]["updated_since_followed"], false);
  // The adopting district's own act is no news to its people.
  auto adopters = get("/api/v1/me/followed-practices", &other_).json()["items"];
  ASSERT_EQ(adopters.size(), 1u);
  EXPECT_EQ(adopters[0]["updated_since_followed"], false);

  // Back to draft, it leaves the list of those who cannot read it; its own district still sees it.
  ASSERT_EQ(patch(practices() + "/" + std::to_string(reading), {{"summary", "Now weekly."}}, &labor2_).status, 200);
  EXPECT_TRUE(get("/api/v1/me/followed-practices", &other_).json()["items"].empty());
  auto own = get("/api/v1/me/followed-practices", &labor2_).json()["items"];
  ASSERT_EQ(own.size(), 2u);
  EXPECT_EQ(own[1]["state"], "draft");
  ASSERT_EQ(signOff(reading, labor_).status, 200);
  ASSERT_EQ(signOff(reading, management_).status, 200);
  EXPECT_EQ(ids(get("/api/v1/me/followed-practices", &other_).json()), std::vector<long long>{reading});

  auto page = get("/api/v1/me/followed-practices?limit=1", &labor2_).json();
  ASSERT_EQ(ids(page), std::vector<long long>{walks});
  ASSERT_TRUE(page["next_cursor"].is_string());
  auto rest = get("/api/v1/me/followed-practices?limit=1&cursor=" + page["next_cursor"].get<std::string>(), &labor2_);
  EXPECT_EQ(ids(rest.json()), std::vector<long long>{reading});
  EXPECT_TRUE(rest.json()["next_cursor"].is_null());
}

TEST_P(PracticeApi, AFollowersDigestTellsOfAdoptionsAndRepublicationOnTheNextDay) {
  long long id = publish({{"title", "Reading buddies"}});
  ASSERT_EQ(follow(id, &labor2_).status, 200);
  ASSERT_EQ(follow(id, &other_).status, 200);
  // Another district adopts it a minute later; management2 begins to follow after that.
  UnixSeconds adoptedAt = nowSeconds() + 60;
  domain::AdoptInput into{otherDistrict_, otherBody_, false};
  ASSERT_TRUE(domain::adoptPractice(*store_, callerOf(other_), id, into, adoptedAt).ok());
  ASSERT_TRUE(domain::followPractice(*store_, callerOf(management2_), id, adoptedAt + 30).ok());

  // A change is told in the digest of the day after it, and only then; its publication, before
  // anyone followed, is no news.
  EXPECT_TRUE(followedInDigest(labor2_, adoptedAt).empty());
  auto told = followedInDigest(labor2_, adoptedAt + 86400);
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told[0].change, "adopted");
  EXPECT_EQ(told[0].title, "Reading buddies");
  EXPECT_EQ(told[0].districtName, "Harbor Unified");
  EXPECT_EQ(told[0].date, isoDateOf(adoptedAt));
  EXPECT_EQ(told[0].path, "/network/practices/" + std::to_string(id));
  EXPECT_TRUE(followedInDigest(labor2_, adoptedAt + 2 * 86400).empty());
  EXPECT_TRUE(followedInDigest(management2_, adoptedAt + 86400).empty());
  EXPECT_TRUE(followedInDigest(other_, adoptedAt + 86400).empty());  // their own district adopted it

  // A draft tells its followers nothing; published again, it tells them so (here the
  // superintendent, following it since an hour ago).
  ASSERT_TRUE(domain::followPractice(*store_, callerOf(super_), id, nowSeconds() - 3600).ok());
  ASSERT_EQ(patch(practices() + "/" + std::to_string(id), {{"summary", "Now weekly."}}, &labor2_).status, 200);
  EXPECT_TRUE(followedInDigest(labor2_, adoptedAt + 86400).empty());
  ASSERT_EQ(signOff(id, labor_).status, 200);
  ASSERT_EQ(signOff(id, management_).status, 200);
  UnixSeconds republishedAt = nowSeconds();
  auto again = followedInDigest(super_, republishedAt + 86400);
  auto published = std::find_if(again.begin(), again.end(), [](const auto& i) { return i.change == "published"; });
  ASSERT_NE(published, again.end());
  EXPECT_EQ(published->date, isoDateOf(republishedAt));

  ASSERT_EQ(patch("/api/v1/me/notifications", {{"kinds", {{"practice_update", false}}}}, &super_).status, 200);
  EXPECT_TRUE(followedInDigest(super_, republishedAt + 86400).empty());
}

TEST_P(PracticeApi, StartsFromAnAdoptedDecision) {
  auto proposed = post(base_ + "/decisions",
                       {{"body_id", body_},
                        {"title", "Common planning time"},
                        {"text", "Ninety minutes a week."},
                        {"metrics", {"ela_met"}},
                        {"deadline", nowSeconds() + 600}},
                       &labor_);
  ASSERT_EQ(proposed.status, 201) << proposed.body;
  long long decision = proposed.json()["id"].get<long long>();
  auto early = post(practices(), {{"decision_id", decision}}, &labor2_);
  EXPECT_EQ(early.status, 400);
  EXPECT_EQ(early.json()["error"]["field"], "decision_id");
  std::string stances = base_ + "/decisions/" + std::to_string(decision) + "/stances";
  for (const Session* who : {&labor_, &labor2_, &management_, &management2_})
    ASSERT_EQ(post(stances, {{"stance", "agree"}}, who).status, 200);
  auto created = post(practices(), {{"decision_id", decision}, {"summary", "Planning together."}}, &labor2_);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json()["title"], "Common planning time");
  EXPECT_EQ(created.json()["body"], "Ninety minutes a week.");
  EXPECT_EQ(created.json()["decision_id"], decision);
  ASSERT_EQ(created.json()["summary"], "Planning together.");
  auto view = get(practicePath(created.json()["id"].get<long long>()), &labor2_);
  ASSERT_EQ(view.json()["evidence"].size(), 1u);
  EXPECT_EQ(view.json()["evidence"][0]["metric_key"], "ela_met");
}

TEST_P(PracticeApi, BadInputIsA400NamingTheField) {
  long long id = create({{"title", "Ok"}}, labor2_);
  std::string path = practices() + "/" + std::to_string(id);
  std::vector<std::pair<nlohmann::json, std::string>> cases = {
      {nlohmann::json::object(), "title"},
      {{{"title", "   "}}, "title"},
      {{{"title", std::string(201, 'x')}}, "title"},
      {{{"title", 5}}, "title"},
      {{{"title", "t"}, {"body", std::string(50001, 'x')}}, "body"},
      {{{"title", "t"}, {"tags", "one"}}, "tags"},
      {{{"title", "t"}, {"tags", {std::string(41, 'x')}}}, "tags"},
      {{{"title", "t"}, {"public", "yes"}}, "public"},
      {{{"title", "t"}, {"evidence", "ela_met"}}, "evidence"},
      {{{"title", "t"}, {"evidence", evidence("no_such", 2020, 2022)}},
       "evidence"},
      {{{"title", "t"}, {"evidence", evidence("ela_met", 2022, 2020)}},
       "evidence"},
      {{{"title", "t"}, {"evidence", nlohmann::json::array({{{"metric_key", "ela_met"}, {"from_year", 2020}}})}}, "evidence"},
  };
  for (const auto& [body, field] : cases) {
    SCOPED_TRACE(body.dump().substr(0, 120));
    auto r = post(practices(), body, &labor2_);
    EXPECT_EQ(r.status, 400) << r.body;
    EXPECT_EQ(r.json()["error"]["field"], field);
  }
  // A linked id that names nothing the caller may see is not found, naming the field.
  auto unknown = post(practices(), {{"title", "t"}, {"decision_id", 999999}}, &labor2_);
  EXPECT_EQ(unknown.status, 404) << unknown.body;
  EXPECT_EQ(unknown.json()["error"]["field"], "decision_id");
  EXPECT_EQ(patch(path, {{"title", ""}}, &labor2_).json()["error"]["field"], "title");
  EXPECT_EQ(get(base_ + "/practices").status, 401);
  EXPECT_EQ(get(practicePath(999999), &labor2_).status, 404);
  long long published = publish({{"title", "Adopt me"}});
  auto noBody = post(practicePath(published) + "/adoptions", {{"district_id", otherDistrict_}}, &other_);
  EXPECT_EQ(noBody.status, 400);
  EXPECT_EQ(noBody.json()["error"]["field"], "body_id");
  auto wrongBody = adopt(published, other_, {{"body_id", body_}});
  EXPECT_EQ(wrongBody.status, 400);
  EXPECT_EQ(wrongBody.json()["error"]["field"], "body_id");
  // Nothing partial: no adoption was recorded by the failed attempts.
  EXPECT_EQ(get(practicePath(published), &other_).json()["adoptions"], 0);
}

TEST_P(PracticeApi, MarkdownIsRenderedWithoutScript) {
  long long id = publish({{"title", "Safe"},
                          {"body", "**Bold** <script>alert(1)</script> <img src=x onerror=alert(1)> "
                                   "[x](javascript:alert(1)) [ok](https://example.org)"}});
  auto html = get(practicePath(id), &other_).json()["html"].get<std::string>();
  EXPECT_NE(html.find("<strong>Bold</strong>"), std::string::npos);
  EXPECT_NE(html.find("href=\"https://example.org\""), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("onerror"), std::string::npos);
  EXPECT_EQ(html.find("javascript:"), std::string::npos);
}

TEST_P(PracticeApi, PublicPracticesAreReadableWithoutSigningIn) {
  long long open = publish({{"title", "Open books"}, {"public", true}, {"body", "# Budget"}});
  long long network = publish({{"title", "Network books"}});
  long long draft = create({{"title", "Draft books"}, {"public", true}}, labor2_);
  auto r = get("/api/v1/public/practices/" + std::to_string(open));
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.json()["html"], "<h1>Budget</h1>\n");
  EXPECT_FALSE(r.json().contains("created_by"));
  EXPECT_EQ(get("/api/v1/public/practices/" + std::to_string(network)).status, 404);
  EXPECT_EQ(get("/api/v1/public/practices/" + std::to_string(draft)).status, 404);
  EXPECT_EQ(get("/api/v1/practices/" + std::to_string(open)).status, 401);
  auto found = get("/api/v1/public/practices?q=books");
  ASSERT_EQ(found.status, 200);
  EXPECT_EQ(ids(found.json()), std::vector<long long>{open});
  EXPECT_EQ(get("/api/v1/public/practices?state=draft").status, 400);
}

TEST_P(PracticeApi, PrivateDataNeverReachesTheNetworksViews) {
  long long issue = raiseIssue(labor_, {{"title", "ZEBRAISSUE grievance"}, {"confidential", true}});
  ASSERT_EQ(post(base_ + "/caucus-notes",
                 {{"subject_type", "issue"}, {"subject_id", issue}, {"text", "ZEBRACAUCUS bottom line"}}, &labor_)
                .status,
            201);
  create({{"title", "ZEBRADRAFT plan"}, {"summary", "ZEBRADRAFT"}, {"public", true}}, labor2_);
  long long published = publish({{"title", "Open practice"}, {"public", true}});
  ASSERT_EQ(setValueFor(district_, "ela_met", 2023, 55.5), 201);

  std::vector<std::string> routes = {
      "/api/v1/practices?q=zebradraft",
      "/api/v1/practices?q=zebraissue",
      "/api/v1/practices?q=zebracaucus",
      "/api/v1/practices",
      "/api/v1/practices?state=published",
      "/api/v1/practices/" + std::to_string(published),
      "/api/v1/districts/" + std::to_string(otherDistrict_) + "/peers",
  };
  for (const auto& route : routes) {
    SCOPED_TRACE(route);
    auto r = get(route, &other_);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.body.find("ZEBRA"), std::string::npos) << r.body;
    EXPECT_EQ(r.body.find("55.5"), std::string::npos);
  }
  for (const auto& route : {std::string("/api/v1/public/practices"), std::string("/api/v1/public/practices?q=zebradraft"),
                            "/api/v1/public/practices/" + std::to_string(published)}) {
    SCOPED_TRACE(route);
    auto r = get(route);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.body.find("ZEBRA"), std::string::npos) << r.body;
  }
  EXPECT_EQ(get(base_ + "/practices", &other_).status, 404);
}

TEST_P(PracticeApi, PeerDistrictsAreTheNearestBySizeAndDemographics) {
  auto makeDistrict = [&](const std::string& name, const std::string& nces) {
    auto r = post("/api/v1/districts", {{"name", name}, {"state", "CA"}, {"nces_id", nces}, {"my_side", "management"},
                                        {"my_role", "superintendent"}},
                  &super_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  };
  ASSERT_EQ(patch(base_, {{"nces_id", "0600001"}}, &super_).status, 200);
  long long near = makeDistrict("Near Unified", "0600002");
  long long far = makeDistrict("Far Unified", "0600003");
  makeDistrict("Unknown Unified", "0600009");
  auto before = get(base_ + "/peers", &labor2_);
  ASSERT_EQ(before.status, 200);
  EXPECT_TRUE(before.json()["items"].empty());
  EXPECT_EQ(before.json()["missing"][0], "enrollment");

  const std::string csv =
      "LEAID,LEA_NAME,ST,MEMBER\n"
      "0600001,Harbor Unified,CA,12000\n"
      "0600002,Near Unified,CA,15000\n"
      "0600003,Far Unified,CA,300\n"
      "0600004,Not In Accord,CA,12500\n"
      "06000X5,Broken,CA,1\n";
  EXPECT_EQ(importDirectory(csv, labor_).status, 403);
  auto loaded = importDirectory(csv, super_);
  ASSERT_EQ(loaded.status, 200) << loaded.body;
  EXPECT_EQ(loaded.json()["entries"], 4);
  EXPECT_EQ(loaded.json()["districts_updated"], 3);
  ASSERT_EQ(loaded.json()["errors"].size(), 1u);
  EXPECT_EQ(loaded.json()["errors"][0]["line"], 6);
  EXPECT_EQ(loaded.json()["errors"][0]["column"], "LEAID");

  auto peers = get(base_ + "/peers", &labor2_);
  ASSERT_EQ(peers.status, 200) << peers.body;
  auto items = peers.json()["items"];
  // Districts without figures (Valley, Unknown) are left out.
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]["district"]["id"], near);
  EXPECT_EQ(items[0]["size"], "large");
  EXPECT_EQ(items[1]["district"]["id"], far);
  EXPECT_EQ(items[1]["size"], "small");
  EXPECT_FALSE(items[0].contains("enrollment"));
  // No exact distance: a district could move its own figures and bisect another's from it.
  EXPECT_FALSE(items[0].contains("distance")) << items.dump();
  EXPECT_EQ(items[0]["rank"], 1);
  EXPECT_EQ(items[1]["rank"], 2);
  for (const auto& item : items)
    EXPECT_TRUE(item["closeness"] == "very_close" || item["closeness"] == "close" || item["closeness"] == "distant")
        << item.dump();

  // Re-loading updates rather than duplicates: Far is now the nearest.
  auto reloaded = importDirectory("LEAID,LEA_NAME,ST,MEMBER\n0600003,Far Unified,CA,12100\n", super_);
  ASSERT_EQ(reloaded.status, 200);
  EXPECT_EQ(get(base_ + "/peers", &labor2_).json()["items"][0]["district"]["id"], far);
  // The district's own newer figures count as soon as they are saved: Near is the nearest again.
  auto figures = post(base_ + "/demographics", {{"year", 2025}, {"enrollment", 15000}}, &super_);
  ASSERT_EQ(figures.status / 100, 2) << figures.body;
  EXPECT_EQ(get(base_ + "/peers", &labor2_).json()["items"][0]["district"]["id"], near);
  // With the count of changes removed by hand, a fresh server reads peers afresh every time rather than
  // keeping its first list for good.
  *rawSession() << "DELETE FROM profile_version";
  startServer();
  EXPECT_EQ(get(base_ + "/peers", &labor2_).json()["items"][0]["district"]["id"], near);
  ASSERT_EQ(post(base_ + "/demographics", {{"year", 2026}, {"enrollment", 12100}}, &super_).status / 100, 2);
  EXPECT_EQ(get(base_ + "/peers", &labor2_).json()["items"][0]["district"]["id"], far);
  EXPECT_EQ(importDirectory("name,state\nx,CA\n", super_).json()["error"]["field"], "file");
  // Each load that was read is in the network's log, by who sent it; the refused file is not.
  auto log = get("/api/v1/network/audit", &super_).json()["items"];
  ASSERT_FALSE(log.empty());
  EXPECT_EQ(log[0]["action"], "directory.import");
  EXPECT_EQ(log[0]["actor_id"], super_.userId);
}

TEST_P(PracticeApi, APeersFiveNewestPublishedPracticesGoWithItNewestFirst) {
  for (auto [district, as] : {std::pair{district_, &super_}, std::pair{otherDistrict_, &other_}}) {
    auto r = post("/api/v1/districts/" + std::to_string(district) + "/demographics",
                  {{"year", 2025}, {"enrollment", 12000}}, as);
    ASSERT_EQ(r.status / 100, 2) << r.body;
  }
  std::vector<long long> published;
  for (int n = 1; n <= 6; ++n) published.push_back(publish({{"title", "Practice " + std::to_string(n)}}));
  create({{"title", "Still a draft"}}, labor2_);

  auto theirs = get("/api/v1/districts/" + std::to_string(otherDistrict_) + "/peers", &other_);
  ASSERT_EQ(theirs.status, 200) << theirs.body;
  auto items = theirs.json()["items"];
  ASSERT_EQ(items.size(), 1u) << items.dump();
  EXPECT_EQ(items[0]["district"]["id"], district_);
  // Published within the same second, the later one comes first.
  std::vector<long long> shown;
  for (const auto& practice : items[0]["practices"]) shown.push_back(practice["id"].get<long long>());
  EXPECT_EQ(shown, std::vector<long long>(published.rbegin(), published.rbegin() + 5));
  EXPECT_EQ(items[0]["practices"][0]["title"], "Practice 6");

  // The other way round: a peer that has published nothing has an empty list.
  auto mine = get(base_ + "/peers", &labor2_).json()["items"];
  ASSERT_EQ(mine.size(), 1u) << mine.dump();
  EXPECT_EQ(mine[0]["district"]["id"], otherDistrict_);
  EXPECT_TRUE(mine[0]["practices"].empty());

  // Peers are kept between requests: a practice published since shows at once.
  long long seventh = publish({{"title", "Practice 7"}});
  auto again = get("/api/v1/districts/" + std::to_string(otherDistrict_) + "/peers", &other_).json()["items"];
  ASSERT_EQ(again.size(), 1u) << again.dump();
  EXPECT_EQ(again[0]["practices"][0]["id"], seventh);
  EXPECT_EQ(again[0]["practices"].size(), 5u);
  // And only members of the district see its peers, kept or not.
  EXPECT_EQ(get("/api/v1/districts/" + std::to_string(otherDistrict_) + "/peers", &labor2_).status, 404);
}

TEST_P(PracticeApi, DirectoryLoadsFromTheCommandLine) {
  const char* binary = std::getenv("ACCORD_BINARY");
  if (!binary) GTEST_SKIP() << "ACCORD_BINARY is set by CTest";
  ASSERT_EQ(patch(base_, {{"nces_id", "0600001"}}, &super_).status, 200);
  std::string file = ::testing::TempDir() + "ccd_directory_" + GetParam() + ".csv";
  std::ofstream(file) << "LEAID,LEA_NAME,ST,MEMBER\n0600001,Harbor Unified,CA,8000\n0600002,Other,CA,bad\n";
  std::string command = std::string(binary) + " directory import " + file + " --db '" + database_->url() + "' 2>&1";
  FILE* pipe = ::popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  char buffer[4096];
  while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) output.append(buffer, n);
  int status = ::pclose(pipe);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << output;
  EXPECT_NE(output.find("2 rows read, 1 districts stored, 1 rows with errors, 1 districts of this installation updated"),
            std::string::npos)
      << output;
  EXPECT_NE(output.find("line 3, MEMBER: must be a whole number of students"), std::string::npos) << output;
  std::remove(file.c_str());
  EXPECT_EQ(get(base_, &super_).json()["enrollment"], 8000);
  // In the network's own log, as done from the command line: no one signed in did it.
  auto log = get("/api/v1/network/audit", &super_);
  ASSERT_EQ(log.status, 200) << log.body;
  auto entry = log.json()["items"][0];
  EXPECT_EQ(entry["action"], "directory.import");
  EXPECT_TRUE(entry["actor_id"].is_null()) << entry.dump();
  EXPECT_EQ(entry["actor_name"], "");
  EXPECT_EQ(entry["details"]["entries"], 1);
  EXPECT_EQ(entry["details"]["errors"], 1);
  EXPECT_EQ(entry["details"]["districts_updated"], 1);
}

}  // namespace
}  // namespace accord::testing
