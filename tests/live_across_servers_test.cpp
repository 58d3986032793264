// Several servers on one PostgreSQL database: a live view on one server learns of the changes made
// through another (LISTEN/NOTIFY), and a server whose listening connection is lost tells its views
// to fetch again once it is back. SQLite has one server per database, so these run on PostgreSQL.
#include "http_client.hpp"
#include "partnership_fixture.hpp"
#include "store/open_store.hpp"

namespace accord::testing {
namespace {

class LiveAcrossServers : public PartnershipApi {
 protected:
  // A second server on the same database, as behind a load balancer.
  struct OtherServer {
    std::unique_ptr<domain::Store> store;
    std::unique_ptr<http::App> app;
    std::unique_ptr<http::Server> server;
    std::uint16_t port = 0;
    ~OtherServer() {
      if (server) server->stop();
    }
  };

  std::unique_ptr<OtherServer> startOther() {
    auto other = std::make_unique<OtherServer>();
    auto opened = store::openStore(config_.dbUrl, 3);
    EXPECT_TRUE(opened.ok());
    if (!opened.ok()) return nullptr;
    other->store = std::move(opened->store);
    http::Services services{*other->store, config_, log_, store::openChangeFeed(config_.dbUrl, log_)};
    other->app = std::make_unique<http::App>(services, http::buildRouter(services));
    other->server = std::make_unique<http::Server>(config_, *other->app, log_);
    auto port = other->server->start();
    EXPECT_TRUE(port.ok());
    other->port = port.ok() ? *port : 0;
    return other;
  }

  std::unique_ptr<StreamReader> follow(std::uint16_t port, const std::string& path, const Session& as) {
    HttpRequest request{"GET", path, {{"Accept", "text/event-stream"}, {"Cookie", as.cookie}}, {}};
    auto view = std::make_unique<StreamReader>(port, request);
    EXPECT_TRUE(view->waitFor("event: open", kGenerousMs)) << view->received();
    return view;
  }
  std::string subjectLive(const std::string& type, long long id) const {
    return base_ + "/live?subject_type=" + type + "&subject_id=" + std::to_string(id);
  }
  // Runs `write` against the other server.
  template <class Write>
  auto through(OtherServer& other, Write write) {
    std::swap(port_, other.port);
    auto result = write();
    std::swap(port_, other.port);
    return result;
  }
};
INSTANTIATE_TEST_SUITE_P(Backends, LiveAcrossServers, ::testing::Values("postgresql"), backendName);

TEST_P(LiveAcrossServers, AChangeMadeThroughOneServerReachesTheViewsOnAnother) {
  auto b = startOther();
  ASSERT_TRUE(b);
  long long issue = raiseIssue(labor_);
  long long meeting = this->meeting();
  std::string meetingPath = base_ + "/bodies/" + std::to_string(body_) + "/meetings/" + std::to_string(meeting);

  // Views on B; changes through A.
  auto issueOnB = follow(b->port, subjectLive("issue", issue), management_);
  auto meetingOnB = follow(b->port, meetingPath + "/events", management_);
  ASSERT_EQ(post(base_ + "/comments", {{"subject_type", "issue"}, {"subject_id", issue}, {"text", "Shall we start?"}},
                 &labor_).status,
            201);
  EXPECT_TRUE(issueOnB->waitFor("\"type\":\"comment.post\"", kGenerousMs)) << issueOnB->received();
  ASSERT_EQ(post(meetingPath + "/agenda", {{"title", "Class sizes"}, {"time_box_minutes", 20}}, &labor_).status, 201);
  EXPECT_TRUE(meetingOnB->waitFor("\"type\":\"agenda.item.add\"", kGenerousMs)) << meetingOnB->received();
  // The meeting's view hears nothing of the issue, nor the issue's of the meeting.
  EXPECT_EQ(issueOnB->received().find("agenda."), std::string::npos);
  EXPECT_EQ(meetingOnB->received().find("comment."), std::string::npos);

  // A view on A; a change through B.
  auto issueOnA = follow(port_, subjectLive("issue", issue), labor_);
  auto step = through(*b, [&] { return post(issuePath(issue) + "/step", {{"step", "interests"}}, &management_); });
  ASSERT_EQ(step.status, 200) << step.body;
  EXPECT_TRUE(issueOnA->waitFor("\"type\":\"issue.step\"", kGenerousMs)) << issueOnA->received();
  EXPECT_TRUE(issueOnB->waitFor("\"type\":\"issue.step\"", kGenerousMs)) << issueOnB->received();
}

TEST_P(LiveAcrossServers, AServerThatLosesItsListeningConnectionTellsItsViewsToFetchAgain) {
  auto b = startOther();
  ASSERT_TRUE(b);
  long long issue = raiseIssue(labor_);
  auto onB = follow(b->port, subjectLive("issue", issue), management_);
  auto onA = follow(port_, subjectLive("issue", issue), labor_);
  // Both servers' listening connections are cut, as when PostgreSQL restarts or the network fails.
  // Only this test's database: other tests running beside it have listeners of their own.
  auto sql = rawSession();
  int cut = 0;
  *sql << "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
          "WHERE application_name = 'accord live' AND datname = current_database()",
      soci::into(cut);
  EXPECT_EQ(cut, 2);
  EXPECT_TRUE(onA->waitFor("\"type\":\"resync\"", kGenerousMs)) << onA->received();
  EXPECT_TRUE(onB->waitFor("\"type\":\"resync\"", kGenerousMs)) << onB->received();
  // Listening again, each hears the other's changes.
  ASSERT_EQ(post(base_ + "/comments", {{"subject_type", "issue"}, {"subject_id", issue}, {"text", "Still here?"}},
                 &labor_).status,
            201);
  EXPECT_TRUE(onB->waitFor("\"type\":\"comment.post\"", kGenerousMs)) << onB->received();
  EXPECT_TRUE(onA->waitFor("\"type\":\"comment.post\"", kGenerousMs)) << onA->received();
}

}  // namespace
}  // namespace accord::testing
