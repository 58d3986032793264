#pragma once
// What the live view of a meeting learns: which change, not its content (it fetches that itself,
// with its own access). Shared by the routes whose writes show in a meeting: its agenda,
// attendance and minutes, and the action items assigned in it.
#include <memory>

#include <nlohmann/json.hpp>

#include "http/api/live.hpp"

namespace accord::http {

class MeetingChanges {
 public:
  explicit MeetingChanges(LiveViews views) : views_(std::move(views)) {}
  void published(long long meetingId, const char* type) const {
    views_.feed->publish(
        {LiveViews::kMeetings, meetingId, nlohmann::json{{"type", type}, {"meeting_id", meetingId}}.dump()});
  }
  const std::shared_ptr<EventHub>& hub() const { return views_.meetings; }
  // Each person's share of this server's live streams.
  StreamQuota& streams() const { return *views_.streams; }

 private:
  LiveViews views_;
};

}  // namespace accord::http
