#pragma once
// What the live view of a meeting learns: which change, not its content (it fetches that itself,
// with its own access). Shared by the routes whose writes show in a meeting: its agenda,
// attendance and minutes, and the action items assigned in it.
#include <memory>

#include <nlohmann/json.hpp>

#include "http/event_hub.hpp"

namespace accord::http {

class MeetingChanges {
 public:
  explicit MeetingChanges(std::shared_ptr<EventHub> hub) : hub_(std::move(hub)) {}
  void published(long long meetingId, const char* type) const {
    hub_->publish(meetingId, nlohmann::json{{"type", type}, {"meeting_id", meetingId}}.dump());
  }
  const std::shared_ptr<EventHub>& hub() const { return hub_; }

 private:
  std::shared_ptr<EventHub> hub_;
};

}  // namespace accord::http
