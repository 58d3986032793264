// The notification centre: what reaches each person (mentions, comments in threads they took part
// in, issues waiting for their side's word, proposals waiting for their stance), read under their
// access at the time of reading, counted, marked read, followed live, and sent by email at once to
// those who ask for it.
#include <mutex>
#include <thread>

#include "domain/notification/use_cases.hpp"
#include "http_client.hpp"
#include "partnership_fixture.hpp"
#include "store/open_store.hpp"

namespace accord::testing {
namespace {

// Keeps every message it is given.
class MemoryMailer final : public domain::Mailer {
 public:
  Result<void> send(const domain::MailMessage& message) override {
    std::lock_guard lock(mutex_);
    sent_.push_back(message);
    return Ok{};
  }
  std::vector<domain::MailMessage> sent() {
    std::lock_guard lock(mutex_);
    return sent_;
  }

 private:
  std::mutex mutex_;
  std::vector<domain::MailMessage> sent_;
};

class NotificationCentre : public PartnershipApi {
 protected:
  static constexpr const char* kMe = "/api/v1/me/notifications";
  HttpResult say(const std::string& type, long long id, const std::string& text, const Session& as,
                 const nlohmann::json& mentions = nlohmann::json::array()) {
    return post(base_ + "/comments",
                {{"subject_type", type}, {"subject_id", id}, {"text", text}, {"mentions", mentions}}, &as);
  }
  void said(long long issue, const std::string& text, const Session& as,
            const nlohmann::json& mentions = nlohmann::json::array()) {
    auto r = say("issue", issue, text, as, mentions);
    ASSERT_EQ(r.status, 201) << r.body;
  }
  long long unread(const Session& as) {
    auto r = get(std::string(kMe) + "/unread-count", &as);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json().value("unread", -1LL);
  }
  nlohmann::json items(const Session& as, const std::string& query = "") {
    auto r = get(std::string(kMe) + "/items" + query, &as);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json()["items"];
  }
  HttpResult markRead(long long id, const Session& as) {
    return post(std::string(kMe) + "/" + std::to_string(id) + "/read", nlohmann::json::object(), &as);
  }
  std::string issueLink(long long issue) const {
    return "/districts/" + std::to_string(district_) + "/issues/" + std::to_string(issue);
  }
  void leaveBody(const Session& who) {
    auto r = del(base_ + "/bodies/" + std::to_string(body_) + "/members/" + std::to_string(who.userId), &super_);
    ASSERT_LT(r.status, 300) << r.body;
  }
};
ACCORD_ON_EVERY_BACKEND(NotificationCentre);

TEST_P(NotificationCentre, AMentionReachesTheMentionedPersonOnly) {
  long long issue = raiseIssue(labor_);
  said(issue, "Could **management** look at grade 3?", labor_, {management_.userId});
  EXPECT_EQ(unread(management_), 1);
  auto list = items(management_);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["kind"], "mention");
  EXPECT_EQ(list[0]["actor_name"], "labor");
  EXPECT_EQ(list[0]["title"], "Class size in grade 3");
  EXPECT_EQ(list[0]["path"], issueLink(issue));
  EXPECT_EQ(list[0]["district_id"], district_);
  EXPECT_EQ(list[0]["district_name"], "Harbor Unified");
  EXPECT_EQ(list[0]["subject_type"], "issue");
  EXPECT_EQ(list[0]["subject_id"], issue);
  EXPECT_EQ(list[0]["read"], false);
  EXPECT_EQ(list[0]["available"], true);
  for (const Session* other : {&labor_, &labor2_, &management2_, &neutral_, &alternate_, &outsider_, &super_, &other_})
    EXPECT_EQ(unread(*other), 0) << other->userId;
}

TEST_P(NotificationCentre, TheActorIsNeverNotified) {
  long long issue = raiseIssue(labor_);
  said(issue, "A note to myself", labor_, {labor_.userId});
  said(issue, "And another, in my own thread", labor_);
  EXPECT_EQ(unread(labor_), 0);
  EXPECT_TRUE(items(labor_).empty());
}

TEST_P(NotificationCentre, ACommentReachesThoseWhoTookPartInTheThread) {
  long long issue = raiseIssue(labor_);
  said(issue, "Shall we start?", labor_);
  said(issue, "Yes.", management2_);
  // The labor member who took part hears of the reply; nobody else does.
  auto list = items(labor_);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["kind"], "comment");
  EXPECT_EQ(list[0]["actor_name"], "management2");
  EXPECT_EQ(unread(labor2_), 0);
  EXPECT_EQ(unread(management_), 0);
  // Someone mentioned hears of it once, as a mention.
  said(issue, "Over to you, management2", labor_, {management2_.userId});
  auto theirs = items(management2_);
  ASSERT_EQ(theirs.size(), 1u);
  EXPECT_EQ(theirs[0]["kind"], "mention");
}

TEST_P(NotificationCentre, AConfidentialSubjectReachesOnlyItsBodyAndIsCheckedAgainWhenRead) {
  constexpr const char* kSecret = "Personnel matter SECRET";
  long long issue = raiseIssue(labor_, {{"title", kSecret}, {"confidential", true}});
  said(issue, "For management2", labor_, {management2_.userId});
  said(issue, "Seen.", management_);
  ASSERT_EQ(items(management2_)[0]["title"], kSecret);
  // Once out of the body, management2 reads that something reached them, not what.
  leaveBody(management2_);
  auto list = items(management2_);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["available"], false);
  EXPECT_EQ(list[0]["title"], nullptr);
  EXPECT_EQ(list[0]["path"], nullptr);
  EXPECT_EQ(list[0]["actor_name"], nullptr);
  EXPECT_EQ(get(std::string(kMe) + "/items", &management2_).body.find("SECRET"), std::string::npos);
  // A thread they took part in no longer reaches them, though management, still a member, hears.
  leaveBody(management_);
  said(issue, "Anyone?", labor_);
  EXPECT_EQ(unread(management_), 0);
  EXPECT_EQ(unread(management2_), 1);
}

TEST_P(NotificationCentre, AnotherPersonsNotificationIsNotFound) {
  long long issue = raiseIssue(labor_);
  said(issue, "For management", labor_, {management_.userId});
  long long id = items(management_)[0].value("id", 0LL);
  EXPECT_EQ(markRead(id, labor_).status, 404);
  EXPECT_EQ(markRead(id, other_).status, 404);
  EXPECT_EQ(markRead(id + 1000, management_).status, 404);
  EXPECT_EQ(post(std::string(kMe) + "/x/read", nlohmann::json::object(), &management_).status, 404);
  EXPECT_EQ(unread(management_), 1);
  EXPECT_EQ(post(std::string(kMe) + "/read-all", nlohmann::json::object()).status, 401);
  EXPECT_EQ(get(std::string(kMe) + "/unread-count").status, 401);
}

TEST_P(NotificationCentre, NotificationsAreReadOneByOneOrAllAtOnce) {
  long long issue = raiseIssue(labor_);
  said(issue, "First", labor_, {management_.userId});
  said(issue, "Second", labor2_, {management_.userId});
  said(issue, "Third", labor_, {management_.userId});
  EXPECT_EQ(unread(management_), 3);
  auto list = items(management_);
  ASSERT_EQ(list.size(), 3u);
  EXPECT_GT(list[0]["id"].get<long long>(), list[1]["id"].get<long long>());  // newest first
  EXPECT_EQ(list[1]["actor_name"], "labor2");
  auto page = get(std::string(kMe) + "/items?limit=2", &management_);
  ASSERT_EQ(page.json()["items"].size(), 2u);
  auto rest = items(management_, "?limit=2&cursor=" + page.json()["next_cursor"].get<std::string>());
  ASSERT_EQ(rest.size(), 1u);
  EXPECT_EQ(rest[0]["id"], list[2]["id"]);

  auto read = markRead(list[1].value("id", 0LL), management_);
  ASSERT_EQ(read.status, 200) << read.body;
  EXPECT_EQ(read.json()["unread"], 2);
  EXPECT_EQ(items(management_)[1]["read"], true);
  EXPECT_EQ(items(management_, "?unread=true").size(), 2u);
  ASSERT_EQ(markRead(list[1].value("id", 0LL), management_).status, 200);  // again: no change
  EXPECT_EQ(unread(management_), 2);

  auto all = post(std::string(kMe) + "/read-all", nlohmann::json::object(), &management_);
  ASSERT_EQ(all.status, 200) << all.body;
  EXPECT_EQ(all.json()["unread"], 0);
  EXPECT_TRUE(items(management_, "?unread=true").empty());
  EXPECT_EQ(items(management_, "?unread=false").size(), 3u);
}

TEST_P(NotificationCentre, AnIssueWaitingForASidesWordReachesThatSide) {
  setRule({{"advance_rule", "both_sides"}});
  long long issue = raiseIssue(labor_);
  auto r = post(issuePath(issue) + "/step", {{"step", "interests"}}, &labor_);
  ASSERT_EQ(r.status, 200) << r.body;
  for (const Session* waiting : {&management_, &management2_}) {
    auto list = items(*waiting);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0]["kind"], "issue_ready");
    EXPECT_EQ(list[0]["path"], issueLink(issue));
  }
  for (const Session* other : {&labor_, &labor2_, &alternate_, &neutral_, &outsider_}) EXPECT_EQ(unread(*other), 0);
  // The other side's word moves it on and tells nobody.
  ASSERT_EQ(post(issuePath(issue) + "/step", {{"step", "interests"}}, &management_).status, 200);
  EXPECT_EQ(unread(labor_), 0);
  EXPECT_EQ(unread(management2_), 1);
}

TEST_P(NotificationCentre, AProposalWaitsForTheStanceOfTheBodysVoters) {
  auto r = post(base_ + "/decisions",
                {{"body_id", body_}, {"title", "Bell schedule"}, {"text", "8:30"}, {"deadline", nowSeconds() + 600}},
                &labor_);
  ASSERT_EQ(r.status, 201) << r.body;
  for (const Session* voter : {&labor2_, &management_, &management2_}) {
    auto list = items(*voter);
    ASSERT_EQ(list.size(), 1u);
    EXPECT_EQ(list[0]["kind"], "proposal_stance");
    EXPECT_EQ(list[0]["title"], "Bell schedule");
  }
  for (const Session* other : {&labor_, &alternate_, &neutral_, &outsider_}) EXPECT_EQ(unread(*other), 0);
}

TEST_P(NotificationCentre, AnAgendaOrACommunicationWaitsForTheOtherCoChair) {
  std::string bodyPath = base_ + "/bodies/" + std::to_string(body_);
  ASSERT_EQ(post(bodyPath + "/co-chairs", {{"user_id", labor_.userId}}, &super_).status, 200);
  ASSERT_EQ(post(bodyPath + "/co-chairs", {{"user_id", management_.userId}}, &super_).status, 200);
  auto series = post(bodyPath + "/meetings/series",
                     {{"start", "2026-01-05T16:00"}, {"duration_minutes", 60}, {"frequency", "once"}}, &super_);
  ASSERT_EQ(series.status, 201) << series.body;
  auto meeting = post(bodyPath + "/meetings", {{"series_id", series.json().value("id", 0LL)}, {"date", "2026-01-05"}},
                      &super_);
  ASSERT_EQ(meeting.status, 201) << meeting.body;
  long long meetingId = meeting.json().value("id", 0LL);
  std::string approvals = bodyPath + "/meetings/" + std::to_string(meetingId) + "/approvals";
  ASSERT_EQ(post(approvals, nlohmann::json::object(), &labor_).status, 200);
  auto list = items(management_);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["kind"], "agenda_approval");
  EXPECT_EQ(list[0]["title"], "District Labor-Management Committee, 2026-01-05");
  EXPECT_EQ(list[0]["path"], "/districts/" + std::to_string(district_) + "/bodies/" + std::to_string(body_) +
                                 "/meetings/" + std::to_string(meetingId));
  // The second approval completes it: nobody is waited for.
  ASSERT_EQ(post(approvals, nlohmann::json::object(), &management_).status, 200);
  EXPECT_EQ(unread(labor_), 0);

  auto draft = post(base_ + "/communications",
                    {{"body_id", body_}, {"title", "The school calendar"}, {"text", "The year starts on August 20."}},
                    &labor2_);
  ASSERT_EQ(draft.status, 201) << draft.body;
  std::string signatures = base_ + "/communications/" + std::to_string(draft.json().value("id", 0LL)) + "/signatures";
  ASSERT_EQ(post(signatures, nlohmann::json::object(), &management_).status, 200);
  auto theirs = items(labor_);
  ASSERT_EQ(theirs.size(), 1u);
  EXPECT_EQ(theirs[0]["kind"], "signature");
  EXPECT_EQ(theirs[0]["title"], "The school calendar");
  EXPECT_EQ(unread(labor2_), 0);
  EXPECT_EQ(unread(management_), 1);  // the agenda's, from before
}

TEST_P(NotificationCentre, AMentionAddedByAnEditReachesThePersonOnce) {
  long long issue = raiseIssue(labor_);
  auto first = say("issue", issue, "Could someone look at grade 3?", labor_);
  ASSERT_EQ(first.status, 201) << first.body;
  std::string comment = base_ + "/comments/" + std::to_string(first.json().value("id", 0LL));
  auto named = patch(comment, {{"text", "Could management look at grade 3?"}, {"mentions", {management_.userId}}},
                     &labor_);
  ASSERT_EQ(named.status, 200) << named.body;
  auto list = items(management_);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["kind"], "mention");
  EXPECT_EQ(list[0]["actor_name"], "labor");
  EXPECT_EQ(list[0]["path"], issueLink(issue));
  // Fixing a typo, or naming a second person, tells nobody twice.
  auto again = patch(comment, {{"text", "Could management look at grade 3, please?"},
                               {"mentions", {management_.userId, management2_.userId}}},
                     &labor_);
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(items(management_).size(), 1u);
  EXPECT_EQ(items(management2_).size(), 1u);
  EXPECT_EQ(unread(labor2_), 0);
}

TEST_P(NotificationCentre, ACharterWaitsForTheSignaturesOfItsSigners) {
  std::string bodyPath = base_ + "/bodies/" + std::to_string(body_);
  ASSERT_EQ(post(bodyPath + "/co-chairs", {{"user_id", labor_.userId}}, &super_).status, 200);
  ASSERT_EQ(post(bodyPath + "/co-chairs", {{"user_id", management_.userId}}, &super_).status, 200);
  auto draft = post(bodyPath + "/charter/versions",
                    {{"mission", "Every student thrives."}, {"review_date", "2099-06-30"}}, &labor_);
  ASSERT_EQ(draft.status, 201) << draft.body;
  std::string version = bodyPath + "/charter/versions/" + std::to_string(draft.json().value("id", 0LL));
  // The other co-chair is waited on; the one who drafted it is not told of their own draft.
  auto list = items(management_);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list[0]["kind"], "signature");
  EXPECT_EQ(list[0]["subject_type"], "charter");
  EXPECT_EQ(list[0]["subject_id"], body_);
  EXPECT_EQ(list[0]["title"], "District Labor-Management Committee");
  EXPECT_EQ(list[0]["path"], "/districts/" + std::to_string(district_) + "/bodies/" + std::to_string(body_) +
                                 "/charter");
  EXPECT_EQ(unread(labor_), 0);
  EXPECT_EQ(unread(labor2_), 0);
  // A change to the draft after management signed asks management to sign again.
  ASSERT_EQ(post(version + "/signatures", nlohmann::json::object(), &management_).status, 200);
  ASSERT_EQ(patch(version, {{"mission", "Every student thrives, every year."}}, &labor_).status, 200);
  EXPECT_EQ(items(management_).size(), 2u);
  // A change before anyone signed again tells nobody anew.
  ASSERT_EQ(patch(version, {{"mission", "Every student thrives, each year."}}, &labor_).status, 200);
  EXPECT_EQ(items(management_).size(), 2u);
}

TEST_P(NotificationCentre, CaucusNotesNeverNotifyAnyone) {
  long long issue = raiseIssue(labor_);
  said(issue, "Shall we start?", management_);
  auto note = post(base_ + "/caucus-notes",
                   {{"subject_type", "issue"}, {"subject_id", issue}, {"text", "Our bottom line, management"}}, &labor_);
  ASSERT_EQ(note.status, 201) << note.body;
  for (const Session* other : {&management_, &management2_, &labor2_, &neutral_}) EXPECT_EQ(unread(*other), 0);
}

TEST_P(NotificationCentre, BadInputIsRefusedNamingTheField) {
  auto field = [](const HttpResult& r) { return r.json()["error"].value("field", ""); };
  auto bad = get(std::string(kMe) + "/items?unread=maybe", &labor_);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(field(bad), "unread");
  EXPECT_EQ(field(get(std::string(kMe) + "/items?limit=0", &labor_)), "limit");
  EXPECT_EQ(field(get(std::string(kMe) + "/items?cursor=abc", &labor_)), "cursor");
  auto hourly = patch(kMe, {{"delivery", {{"mention", "hourly"}}}}, &labor_);
  EXPECT_EQ(hourly.status, 400);
  EXPECT_EQ(field(hourly), "delivery.mention");
  EXPECT_EQ(field(patch(kMe, {{"delivery", {{"gossip", "digest"}}}}, &labor_)), "delivery.gossip");
  EXPECT_EQ(field(patch(kMe, {{"delivery", {{"mention", 1}}}}, &labor_)), "delivery.mention");
  EXPECT_EQ(field(patch(kMe, {{"delivery", 3}}, &labor_)), "delivery");
  // What never reaches the centre is never sent at once either.
  EXPECT_EQ(field(patch(kMe, {{"delivery", {{"action_due", "immediately"}}}}, &labor_)), "delivery.action_due");
  // Nothing of a refused change is saved.
  EXPECT_EQ(patch(kMe, {{"kinds", {{"mention", false}}}, {"delivery", {{"comment", "weekly"}}}}, &labor_).status, 400);
  EXPECT_EQ(get(kMe, &labor_).json()["delivery"]["mention"], "digest");
  EXPECT_EQ(get(std::string(kMe) + "/items").status, 401);
}

TEST_P(NotificationCentre, EachKindIsDeliveredAsThePersonChooses) {
  auto r = get(kMe, &labor_);
  ASSERT_EQ(r.status, 200) << r.body;
  for (const char* kind : {"proposal_stance", "issue_ready", "agenda_approval", "action_due", "check_in_due",
                           "practice_update", "mention", "comment", "signature"}) {
    EXPECT_EQ(r.json()["delivery"][kind], "digest") << kind;
    EXPECT_EQ(r.json()["kinds"][kind], true) << kind;
  }
  auto now = patch(kMe, {{"delivery", {{"mention", "immediately"}, {"comment", "off"}}}}, &labor_);
  ASSERT_EQ(now.status, 200) << now.body;
  EXPECT_EQ(now.json()["delivery"]["mention"], "immediately");
  EXPECT_EQ(now.json()["kinds"]["mention"], true);
  EXPECT_EQ(now.json()["kinds"]["comment"], false);
  // The on/off switch keeps working: on again keeps "at once"; off, then on, is the digest.
  EXPECT_EQ(patch(kMe, {{"kinds", {{"mention", true}}}}, &labor_).json()["delivery"]["mention"], "immediately");
  EXPECT_EQ(patch(kMe, {{"kinds", {{"comment", true}}}}, &labor_).json()["delivery"]["comment"], "digest");
  EXPECT_EQ(patch(kMe, {{"kinds", {{"mention", false}}}}, &labor_).json()["delivery"]["mention"], "off");
  EXPECT_EQ(get(kMe, &labor2_).json()["delivery"]["mention"], "digest");
}

TEST_P(NotificationCentre, AnImmediateEmailIsSentOnceEvenWhenTwoWorkersRun) {
  ASSERT_EQ(patch(kMe, {{"delivery", {{"mention", "immediately"}}}}, &management_).status, 200);
  long long issue = raiseIssue(labor_);
  said(issue, "Please look", labor_, {management_.userId, management2_.userId});
  // A second server on the same database.
  auto second = store::openStore(database_->url(), 1);
  ASSERT_TRUE(second.ok()) << second.error().message;
  MemoryMailer mailer1, mailer2;
  Result<domain::EmailRun> run1 = domain::EmailRun{}, run2 = domain::EmailRun{};
  std::thread a([&] { run1 = domain::sendNotificationEmails(*store_, mailer1, "https://a.example", log_, nowSeconds()); });
  std::thread b([&] {
    run2 = domain::sendNotificationEmails(*second->store, mailer2, "https://a.example", log_, nowSeconds());
  });
  a.join();
  b.join();
  ASSERT_TRUE(run1.ok()) << run1.error().message;
  ASSERT_TRUE(run2.ok()) << run2.error().message;
  auto sent = mailer1.sent();
  for (const auto& m : mailer2.sent()) sent.push_back(m);
  ASSERT_EQ(sent.size(), 1u);  // management2 takes the digest: no email at once
  EXPECT_EQ(sent[0].to, "management@example.org");
  EXPECT_NE(sent[0].subject.find("Class size in grade 3"), std::string::npos) << sent[0].subject;
  EXPECT_NE(sent[0].text.find("https://a.example" + issueLink(issue)), std::string::npos) << sent[0].text;
  EXPECT_EQ(run1->sent + run2->sent, 1);
  // A later run finds nothing left to send.
  MemoryMailer later;
  auto again = domain::sendNotificationEmails(*store_, later, "https://a.example", log_, nowSeconds());
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(later.sent().empty());
}

TEST_P(NotificationCentre, AnEmailIsNotSentToSomeoneWhoNoLongerSeesTheSubject) {
  ASSERT_EQ(patch(kMe, {{"delivery", {{"mention", "immediately"}}}}, &management_).status, 200);
  long long issue = raiseIssue(labor_, {{"title", "Personnel matter"}, {"confidential", true}});
  said(issue, "Please look", labor_, {management_.userId});
  leaveBody(management_);
  MemoryMailer mailer;
  auto run = domain::sendNotificationEmails(*store_, mailer, "https://a.example", log_, nowSeconds());
  ASSERT_TRUE(run.ok());
  EXPECT_TRUE(mailer.sent().empty());
  EXPECT_EQ(run->dropped, 1);
}

TEST_P(NotificationCentre, TheUnreadCountFollowsLive) {
  auto open = [&](const Session& as) {
    HttpRequest request{"GET", std::string(kMe) + "/live", {{"Accept", "text/event-stream"}, {"Cookie", as.cookie}}, {}};
    return std::make_unique<StreamReader>(port_, request);
  };
  auto mine = open(management_);
  auto theirs = open(labor2_);
  ASSERT_TRUE(mine->waitFor("event: open", kGenerousMs)) << mine->received();
  ASSERT_TRUE(theirs->waitFor("event: open", kGenerousMs)) << theirs->received();
  long long issue = raiseIssue(labor_);
  said(issue, "For management", labor_, {management_.userId});
  EXPECT_TRUE(mine->waitFor("\"type\":\"notification\"", kGenerousMs)) << mine->received();
  EXPECT_FALSE(theirs->waitFor("\"type\":\"notification\"", 300)) << theirs->received();
  EXPECT_EQ(get(std::string(kMe) + "/live").status, 401);
}

}  // namespace
}  // namespace accord::testing
