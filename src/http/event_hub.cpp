#include "http/event_hub.hpp"

#include <vector>

namespace accord::http {

void EventHub::State::remove(long long topic, std::uint64_t id) {
  std::lock_guard lock(mutex);
  auto it = topics.find(topic);
  if (it == topics.end()) return;
  it->second.erase(id);
  if (it->second.empty()) topics.erase(it);
}

EventHub::Subscription::Subscription(Subscription&& other) noexcept
    : state_(std::move(other.state_)), topic_(other.topic_), id_(other.id_) {
  other.state_.reset();
}

EventHub::Subscription& EventHub::Subscription::operator=(Subscription&& other) noexcept {
  if (this != &other) {
    reset();
    state_ = std::move(other.state_);
    topic_ = other.topic_;
    id_ = other.id_;
    other.state_.reset();
  }
  return *this;
}

EventHub::Subscription::~Subscription() { reset(); }

void EventHub::Subscription::reset() {
  if (auto state = std::static_pointer_cast<EventHub::State>(state_.lock())) state->remove(topic_, id_);
  state_.reset();
}

EventHub::EventHub() : state_(std::make_shared<State>()) {}

EventHub::Subscription EventHub::subscribe(long long topic, Callback callback) {
  std::lock_guard lock(state_->mutex);
  std::uint64_t id = state_->nextId++;
  state_->topics[topic][id] = std::make_shared<const Callback>(std::move(callback));
  return Subscription(state_, topic, id);
}

namespace {
std::size_t call(const std::vector<std::shared_ptr<const EventHub::Callback>>& targets, const std::string& message) {
  for (const auto& callback : targets) (*callback)(message);
  return targets.size();
}
}  // namespace

std::size_t EventHub::publish(long long topic, const std::string& message) {
  std::vector<std::shared_ptr<const Callback>> targets;
  {
    std::lock_guard lock(state_->mutex);
    auto it = state_->topics.find(topic);
    if (it == state_->topics.end()) return 0;
    for (const auto& [id, callback] : it->second) targets.push_back(callback);
  }
  return call(targets, message);
}

std::size_t EventHub::publishToAll(const std::string& message) {
  std::vector<std::shared_ptr<const Callback>> targets;
  {
    std::lock_guard lock(state_->mutex);
    for (const auto& [topic, callbacks] : state_->topics)
      for (const auto& [id, callback] : callbacks) targets.push_back(callback);
  }
  return call(targets, message);
}

std::size_t EventHub::subscribers(long long topic) const {
  std::lock_guard lock(state_->mutex);
  auto it = state_->topics.find(topic);
  return it == state_->topics.end() ? 0 : it->second.size();
}

}  // namespace accord::http
