// Discussion: the comment thread under an issue, a proposal, a meeting or a communication, read by
// whoever may see the subject, written by the members of its body, and followed live.
#include <regex>

#include "http_client.hpp"
#include "partnership_fixture.hpp"

namespace accord::testing {
namespace {

class DiscussionApi : public PartnershipApi {
 protected:
  std::string comments() const { return base_ + "/comments"; }
  std::string thread(const std::string& type, long long id) const {
    return comments() + "?subject_type=" + type + "&subject_id=" + std::to_string(id);
  }
  std::string comment(long long id) const { return comments() + "/" + std::to_string(id); }
  HttpResult say(const std::string& type, long long id, const std::string& text, const Session& as,
                 const nlohmann::json& mentions = nlohmann::json::array()) {
    return post(comments(), {{"subject_type", type}, {"subject_id", id}, {"text", text}, {"mentions", mentions}}, &as);
  }
  long long said(const std::string& type, long long id, const std::string& text, const Session& as) {
    auto r = say(type, id, text, as);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }
  nlohmann::json items(const std::string& type, long long id, const Session& as) {
    auto r = get(thread(type, id), &as);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["items"];
  }
  long long propose() {
    auto r = post(base_ + "/decisions",
                  {{"body_id", body_}, {"title", "Bell schedule"}, {"text", "8:30"}, {"deadline", nowSeconds() + 600}},
                  &labor_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }
  long long draftCommunication() {
    auto r = post(base_ + "/communications",
                  {{"body_id", body_}, {"title", "The school calendar"}, {"text", "The year starts on August 20."}},
                  &labor_);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json().value("id", 0LL);
  }
  std::unique_ptr<StreamReader> follow(const std::string& type, long long id, const Session* as) {
    HttpRequest request{"GET", base_ + "/live?subject_type=" + type + "&subject_id=" + std::to_string(id),
                        {{"Accept", "text/event-stream"}}, {}};
    if (as) request.headers.emplace_back("Cookie", as->cookie);
    return std::make_unique<StreamReader>(port_, request);
  }
};
ACCORD_ON_EVERY_BACKEND(DiscussionApi);

TEST_P(DiscussionApi, BothSidesDiscussEachKindOfSubject) {
  for (auto [type, id] : {std::pair{std::string("issue"), raiseIssue(labor_)}, std::pair{std::string("decision"), propose()},
                          std::pair{std::string("meeting"), meeting()},
                          std::pair{std::string("communication"), draftCommunication()}}) {
    SCOPED_TRACE(type);
    auto first = say(type, id, "Could we look at **grade 3** first?", labor_, {management_.userId});
    ASSERT_EQ(first.status, 201) << first.body;
    EXPECT_EQ(first.json()["author_name"], "labor");
    EXPECT_EQ(first.json()["mentions"], nlohmann::json::parse(R"([{"user_id":)" + std::to_string(management_.userId) +
                                                              R"(,"name":"management"}])"));
    said(type, id, "Yes, and grade 4 after.", management_);
    auto shown = items(type, id, neutral_);
    ASSERT_EQ(shown.size(), 2u);
    EXPECT_EQ(shown[0]["text"], "Could we look at **grade 3** first?");
    EXPECT_EQ(shown[0]["mentions"][0]["name"], "management");
    EXPECT_EQ(shown[1]["author_name"], "management");
    EXPECT_TRUE(shown[1]["edited_at"].is_null());
    EXPECT_TRUE(shown[1]["deleted_at"].is_null());
  }
}

TEST_P(DiscussionApi, ReadersOutsideTheBodyReadTheThreadButDoNotWriteIt) {
  long long issue = raiseIssue(labor_);
  said("issue", issue, "Our first thought", labor_);
  EXPECT_EQ(items("issue", issue, outsider_).size(), 1u);
  auto r = say("issue", issue, "May I add something?", outsider_);
  EXPECT_EQ(r.status, 403) << r.body;
  EXPECT_EQ(items("issue", issue, labor_).size(), 1u);
}

TEST_P(DiscussionApi, AConfidentialSubjectsThreadExistsOnlyForItsBody) {
  constexpr const char* kSecret = "CONFIDENTIAL-THREAD-WORDS";
  long long issue = raiseIssue(labor_, {{"title", "Personnel matter"}, {"confidential", true}});
  long long id = said("issue", issue, kSecret, labor_);
  long long draft = draftCommunication();
  said("communication", draft, kSecret, labor_);
  for (const Session* reader : {&outsider_, &super_, &other_}) {
    EXPECT_EQ(get(thread("issue", issue), reader).status, 404);
    EXPECT_EQ(get(thread("communication", draft), reader).status, 404);
    EXPECT_EQ(say("issue", issue, "hello", *reader).status, 404);
    EXPECT_EQ(patch(comment(id), {{"text", "changed"}}, reader).status, 404);
    EXPECT_EQ(del(comment(id), reader).status, 404);
    // Word for word as a comment that does not exist: the id does not show that there is one.
    EXPECT_EQ(patch(comment(id), {{"text", "changed"}}, reader).body,
              patch(comment(987654), {{"text", "changed"}}, reader).body);
    EXPECT_EQ(del(comment(id), reader).body, del(comment(987654), reader).body);
    auto live = follow("issue", issue, reader);
    ASSERT_TRUE(live->waitForClose(kGenerousMs));
    EXPECT_EQ(live->head().status, 404);
  }
  // Another district's people do not reach it through their own district either.
  std::string elsewhere = "/api/v1/districts/" + std::to_string(otherDistrict_) + "/comments";
  EXPECT_EQ(get(elsewhere + "?subject_type=issue&subject_id=" + std::to_string(issue), &other_).status, 404);
  // The audit log keeps where a comment is, never its words, and the leader outside the body reads
  // only ids.
  auto audit = get(base_ + "/audit", &super_);
  ASSERT_EQ(audit.status, 200) << audit.body;
  EXPECT_EQ(audit.body.find(kSecret), std::string::npos);
  EXPECT_NE(audit.body.find("comment.post"), std::string::npos) << audit.body;
}

TEST_P(DiscussionApi, ACommentOnAMeetingTheCallerMayNotReadAnswersLikeAMissingOne) {
  long long onMeeting = meeting();
  long long id = said("meeting", onMeeting, "Agenda first", labor_);
  ASSERT_EQ(get(thread("meeting", onMeeting), &outsider_).status, 403);  // a body's meetings are for its members
  auto some = del(comment(id), &outsider_);
  EXPECT_EQ(some.status, 404) << some.body;
  EXPECT_EQ(some.body, del(comment(987654), &outsider_).body);
  EXPECT_EQ(patch(comment(id), {{"text", "x"}}, &outsider_).body, patch(comment(987654), {{"text", "x"}}, &outsider_).body);
}

TEST_P(DiscussionApi, OnlyTheAuthorChangesACommentAndOnlyInItsFirstFifteenMinutes) {
  long long issue = raiseIssue(labor_);
  long long id = said("issue", issue, "Class sizes are 31", labor_);
  EXPECT_EQ(patch(comment(id), {{"text", "Not mine"}}, &labor2_).status, 403);
  auto edited = patch(comment(id), {{"text", "Class sizes are 32"}, {"mentions", {labor2_.userId}}}, &labor_);
  ASSERT_EQ(edited.status, 200) << edited.body;
  EXPECT_FALSE(edited.json()["edited_at"].is_null());
  auto shown = items("issue", issue, management_);
  EXPECT_EQ(shown[0]["text"], "Class sizes are 32");
  EXPECT_EQ(shown[0]["mentions"][0]["name"], "labor2");
  // Sixteen minutes later the words stand.
  rawSession()->once << "UPDATE comments SET created_at = created_at - 960 WHERE id = " << id;
  auto late = patch(comment(id), {{"text", "Class sizes are 33"}}, &labor_);
  EXPECT_EQ(late.status, 409) << late.body;
  EXPECT_EQ(items("issue", issue, management_)[0]["text"], "Class sizes are 32");
}

TEST_P(DiscussionApi, ADeletedCommentLeavesATraceOfWhoWroteItAndWhoDeletedIt) {
  long long issue = raiseIssue(labor_);
  long long mine = said("issue", issue, "Words to take back", labor_);
  long long theirs = said("issue", issue, "Something unkind", management2_);
  // Another member may not delete it; its author and the body's co-chairs may.
  EXPECT_EQ(del(comment(mine), &labor2_).status, 403);
  EXPECT_EQ(del(comment(theirs), &labor_).status, 403);
  auto gone = del(comment(mine), &labor_);
  ASSERT_EQ(gone.status, 200) << gone.body;
  auto chair = post(base_ + "/bodies/" + std::to_string(body_) + "/co-chairs", {{"user_id", management_.userId}}, &super_);
  ASSERT_EQ(chair.status, 200) << chair.body;
  ASSERT_EQ(del(comment(theirs), &management_).status, 200);
  EXPECT_EQ(del(comment(theirs), &management_).status, 409);
  auto shown = items("issue", issue, labor2_);
  ASSERT_EQ(shown.size(), 2u);
  EXPECT_EQ(shown[0]["author_name"], "labor");
  EXPECT_EQ(shown[0]["text"], "");
  EXPECT_EQ(shown[0]["deleted_by_name"], "labor");
  EXPECT_FALSE(shown[0]["deleted_at"].is_null());
  EXPECT_EQ(shown[1]["author_name"], "management2");
  EXPECT_EQ(shown[1]["deleted_by_name"], "management");
  EXPECT_EQ(get(thread("issue", issue), &labor2_).body.find("Something unkind"), std::string::npos);
  EXPECT_EQ(patch(comment(mine), {{"text", "back again"}}, &labor_).status, 409);
}

TEST_P(DiscussionApi, InvalidInputIsRefusedNamingTheField) {
  long long issue = raiseIssue(labor_);
  struct Case {
    nlohmann::json body;
    std::string field;
  };
  std::vector<Case> cases = {
      {{{"subject_type", "practice"}, {"subject_id", 1}, {"text", "x"}}, "subject_type"},
      {{{"subject_type", "issue"}, {"text", "x"}}, "subject_id"},
      {{{"subject_type", "issue"}, {"subject_id", issue}, {"text", "   "}}, "text"},
      {{{"subject_type", "issue"}, {"subject_id", issue}, {"text", std::string(10001, 'a')}}, "text"},
      {{{"subject_type", "issue"}, {"subject_id", issue}, {"text", "x"}, {"mentions", "labor"}}, "mentions"},
      {{{"subject_type", "issue"}, {"subject_id", issue}, {"text", "x"}, {"mentions", {-3}}}, "mentions"},
      // A district member outside the body, and someone of another district, are not mentioned.
      {{{"subject_type", "issue"}, {"subject_id", issue}, {"text", "x"}, {"mentions", {outsiderId_}}}, "mentions"},
  };
  for (const auto& c : cases) {
    auto r = post(comments(), c.body, &labor_);
    EXPECT_EQ(r.status, 400) << c.body.dump() << " " << r.body;
    EXPECT_EQ(r.json()["error"]["field"], c.field) << r.body;
  }
  EXPECT_EQ(say("issue", 999999, "x", labor_).status, 404);
  EXPECT_TRUE(items("issue", issue, labor_).empty());
  // The same person mentioned twice is mentioned once.
  auto twice = say("issue", issue, "x", labor_, {labor2_.userId, labor2_.userId});
  ASSERT_EQ(twice.status, 201) << twice.body;
  EXPECT_EQ(twice.json()["mentions"].size(), 1u);
}

TEST_P(DiscussionApi, AnOpenIssueLearnsOfEachCommentAndChangeLive) {
  long long issue = raiseIssue(labor_);
  auto view = follow("issue", issue, &management_);
  ASSERT_TRUE(view->waitFor("event: open", kGenerousMs)) << view->received();
  EXPECT_EQ(view->head().header("content-type").rfind("text/event-stream", 0), 0u);
  long long id = said("issue", issue, "Shall we start?", labor_);
  ASSERT_TRUE(view->waitFor("\"type\":\"comment.post\"", kGenerousMs)) << view->received();
  ASSERT_EQ(patch(comment(id), {{"text", "Shall we begin?"}}, &labor_).status, 200);
  ASSERT_TRUE(view->waitFor("\"type\":\"comment.edit\"", kGenerousMs)) << view->received();
  ASSERT_EQ(post(issuePath(issue) + "/step", {{"step", "interests"}}, &management_).status, 200);
  ASSERT_TRUE(view->waitFor("\"type\":\"issue.step\"", kGenerousMs)) << view->received();
  auto interest = post(issuePath(issue) + "/interests", {{"text", "Smaller classes"}, {"side", "labor"}}, &labor_);
  ASSERT_EQ(interest.status, 201) << interest.body;
  ASSERT_TRUE(view->waitFor("\"type\":\"issue.interest\"", kGenerousMs)) << view->received();
  // A refused write tells nobody: after it, the next change seen is the next comment.
  EXPECT_EQ(post(issuePath(issue) + "/interests", {{"text", ""}, {"side", "labor"}}, &labor_).status, 400);
  said("issue", issue, "Agreed.", management2_);
  auto changes = [&] {
    std::vector<std::string> out;
    static const std::regex type(R"re("type":"([a-z_.]+)")re");
    std::string seen = view->received();
    for (std::sregex_iterator it(seen.begin(), seen.end(), type), end; it != end; ++it) out.push_back((*it)[1]);
    return out;
  };
  for (int i = 0; i < 50 && changes().size() < 5; ++i) view->waitFor("no such text", 100);
  EXPECT_EQ(changes(), (std::vector<std::string>{"comment.post", "comment.edit", "issue.step", "issue.interest",
                                                 "comment.post"}))
      << view->received();
  // A proposal's page learns of stances.
  long long decision = propose();
  auto proposal = follow("decision", decision, &labor2_);
  ASSERT_TRUE(proposal->waitFor("event: open", kGenerousMs)) << proposal->received();
  ASSERT_EQ(post(base_ + "/decisions/" + std::to_string(decision) + "/stances", {{"stance", "agree"}}, &management_).status,
            200);
  EXPECT_TRUE(proposal->waitFor("\"type\":\"decision.stance\"", kGenerousMs)) << proposal->received();
  EXPECT_EQ(get(base_ + "/live?subject_type=issue&subject_id=" + std::to_string(issue)).status, 401);
  EXPECT_EQ(get(base_ + "/live?subject_type=practice&subject_id=1", &labor_).status, 400);
}

}  // namespace
}  // namespace accord::testing
