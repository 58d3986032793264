#pragma once
// Live views over server-sent events. A view subscribes to one topic of a hub and learns which
// change was committed, never its content: it fetches that itself, under its own access.
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "domain/change_feed.hpp"
#include "http/event_hub.hpp"
#include "http/message.hpp"
#include "http/router.hpp"
#include "http/stream_quota.hpp"

namespace accord::http {

// The stream of one topic: an `open` event carrying `opened` once the viewer is subscribed, then a
// `change` event for each message published to the topic, and a comment line as heartbeat. Takes
// one of the caller's stream slots (kTooManyRequests naming `streams` when they hold them all).
Result<Response> liveStream(const std::shared_ptr<EventHub>& hub, long long topic, StreamQuota& quota,
                            long long userId, const nlohmann::json& opened);

// This server's live views, by kind, and the feed that brings every server's changes to them: a
// change published here reaches this server's views through the feed, as another server's does.
// When the feed may have missed changes, every view is sent `{"type":"resync"}`: fetch again.
struct LiveViews {
  static constexpr const char* kMeetings = "meeting";
  static constexpr const char* kSubjects = "subject";
  std::shared_ptr<domain::ChangeFeed> feed;
  std::shared_ptr<EventHub> meetings;
  std::shared_ptr<EventHub> subjects;
  // Each person's streams of both kinds count against one quota.
  std::shared_ptr<StreamQuota> streams;
};
LiveViews connectLiveViews(std::shared_ptr<domain::ChangeFeed> feed, unsigned streamsPerPerson);

// The changes to an issue, a proposal (decision), a meeting's discussion or a communication: what
// their open pages follow. Topics are the subject's kind and id together.
class SubjectChanges {
 public:
  explicit SubjectChanges(LiveViews views) : views_(std::move(views)) {}
  // `subjectType` is one of domain::isCommentSubject's kinds; anything else is ignored.
  void published(const std::string& subjectType, long long subjectId, const char* change) const;
  Result<Response> stream(const std::string& subjectType, long long subjectId, long long userId) const;
  // `write`, which tells the subject's open pages of `change` once it has succeeded; the subject's id
  // is the route's parameter `param`.
  Handler announcing(const char* subjectType, const char* param, const char* change, Handler write) const;

  // Each person's notification centre: their open pages learn that something reached them (a
  // `change` of type `notification`), once the write that caused it has committed. Every page's
  // header holds one, so these take their own slots (kNotificationStreamsPerPerson), never a live
  // view's.
  void notified(const std::vector<long long>& userIds) const;
  Result<Response> notificationStream(long long userId) const;
  static constexpr unsigned kNotificationStreamsPerPerson = 16;

 private:
  LiveViews views_;
  std::shared_ptr<StreamQuota> notificationStreams_ = std::make_shared<StreamQuota>(kNotificationStreamsPerPerson);
};

}  // namespace accord::http
