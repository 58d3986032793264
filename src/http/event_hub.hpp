#pragma once
// An in-process publish/subscribe hub: a subscriber to a topic (a meeting's id) gets every
// message published to that topic after it subscribed. Thread-safe. Callbacks run on the
// publishing thread, outside the hub's lock, so they must be quick and must not block.
// Only this process's subscribers are reached.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace accord::http {

class EventHub {
 public:
  using Callback = std::function<void(const std::string& message)>;

  // Unsubscribes when destroyed; may outlive the hub.
  class Subscription {
   public:
    Subscription() = default;
    Subscription(Subscription&& other) noexcept;
    Subscription& operator=(Subscription&& other) noexcept;
    Subscription(const Subscription&) = delete;
    Subscription& operator=(const Subscription&) = delete;
    ~Subscription();
    void reset();

   private:
    friend class EventHub;
    Subscription(std::weak_ptr<void> state, long long topic, std::uint64_t id)
        : state_(std::move(state)), topic_(topic), id_(id) {}
    std::weak_ptr<void> state_;
    long long topic_ = 0;
    std::uint64_t id_ = 0;
  };

  EventHub();
  Subscription subscribe(long long topic, Callback callback);
  // Returns how many subscribers it reached.
  std::size_t publish(long long topic, const std::string& message);
  // To every subscriber of every topic.
  std::size_t publishToAll(const std::string& message);
  std::size_t subscribers(long long topic) const;

 private:
  struct State {
    mutable std::mutex mutex;
    std::map<long long, std::map<std::uint64_t, std::shared_ptr<const Callback>>> topics;
    std::uint64_t nextId = 1;
    void remove(long long topic, std::uint64_t id);
  };
  std::shared_ptr<State> state_;
};

}  // namespace accord::http
