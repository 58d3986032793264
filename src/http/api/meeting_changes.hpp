#pragma once
// What the live view of a meeting learns: which change, not its content (it fetches that itself,
// with its own access). Shared by the routes whose writes show in a meeting: its agenda,
// attendance and minutes, and the action items assigned in it.
#include <memory>

#include <nlohmann/json.hpp>

#include "http/event_hub.hpp"
#include "http/stream_quota.hpp"

namespace accord::http {

class MeetingChanges {
 public:
  MeetingChanges(std::shared_ptr<EventHub> hub, std::shared_ptr<StreamQuota> streams)
      : hub_(std::move(hub)), streams_(std::move(streams)) {}
  void published(long long meetingId, const char* type) const {
    hub_->publish(meetingId, nlohmann::json{{"type", type}, {"meeting_id", meetingId}}.dump());
  }
  const std::shared_ptr<EventHub>& hub() const { return hub_; }
  // Each person's share of this server's live streams.
  StreamQuota& streams() const { return *streams_; }

 private:
  std::shared_ptr<EventHub> hub_;
  std::shared_ptr<StreamQuota> streams_;
};

}  // namespace accord::http
