#include "http/event_hub.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <vector>

namespace accord::http {
namespace {

TEST(EventHub, DeliversToTheSubscribersOfTheTopicOnly) {
  EventHub hub;
  std::vector<std::string> first, second, other;
  auto a = hub.subscribe(7, [&](const std::string& m) { first.push_back(m); });
  auto b = hub.subscribe(7, [&](const std::string& m) { second.push_back(m); });
  auto c = hub.subscribe(8, [&](const std::string& m) { other.push_back(m); });
  EXPECT_EQ(hub.publish(7, "agenda changed"), 2u);
  EXPECT_EQ(first, std::vector<std::string>{"agenda changed"});
  EXPECT_EQ(second, std::vector<std::string>{"agenda changed"});
  EXPECT_TRUE(other.empty());
}

TEST(EventHub, ASubscriptionEndsWhenDropped) {
  EventHub hub;
  int received = 0;
  {
    auto s = hub.subscribe(1, [&](const std::string&) { ++received; });
    EXPECT_EQ(hub.subscribers(1), 1u);
  }
  EXPECT_EQ(hub.subscribers(1), 0u);
  EXPECT_EQ(hub.publish(1, "nobody listens"), 0u);
  EXPECT_EQ(received, 0);
}

TEST(EventHub, ASubscriptionMayOutliveTheHub) {
  EventHub::Subscription kept;
  {
    EventHub hub;
    kept = hub.subscribe(1, [](const std::string&) {});
  }
  kept.reset();  // must not touch the hub that is gone
  SUCCEED();
}

TEST(EventHub, ACallbackMayUnsubscribeItselfWhilePublishing) {
  EventHub hub;
  EventHub::Subscription self;
  int calls = 0;
  self = hub.subscribe(3, [&](const std::string&) {
    ++calls;
    self.reset();
  });
  hub.publish(3, "once");
  hub.publish(3, "twice");
  EXPECT_EQ(calls, 1);
}

TEST(EventHub, PublishesFromManyThreads) {
  EventHub hub;
  std::atomic<int> received{0};
  auto s = hub.subscribe(5, [&](const std::string&) { ++received; });
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < 250; ++i) hub.publish(5, "x");
    });
  for (auto& t : threads) t.join();
  EXPECT_EQ(received.load(), 1000);
}

TEST(EventHub, PublishesToEveryTopicAtOnce) {
  EventHub hub;
  std::vector<std::string> first, second;
  auto a = hub.subscribe(1, [&](const std::string& m) { first.push_back(m); });
  auto b = hub.subscribe(2, [&](const std::string& m) { second.push_back(m); });
  auto gone = hub.subscribe(3, [&](const std::string&) { ADD_FAILURE() << "an ended subscription was called"; });
  gone.reset();
  EXPECT_EQ(hub.publishToAll("again"), 2u);
  EXPECT_EQ(first, std::vector<std::string>{"again"});
  EXPECT_EQ(second, std::vector<std::string>{"again"});
}

}  // namespace
}  // namespace accord::http
