#include "http/api/live.hpp"

#include <array>

namespace accord::http {

Result<Response> liveStream(const std::shared_ptr<EventHub>& hub, long long topic, StreamQuota& quota,
                            long long userId, const nlohmann::json& opened) {
  auto slot = quota.acquire(userId);
  if (!slot)
    return Error{ErrorCode::kTooManyRequests, "you have too many live views open; close one and try again",
                 "streams", {}};
  Response r;
  r.with("Content-Type", "text/event-stream; charset=utf-8");
  r.with("X-Accel-Buffering", "no");  // proxies must pass events on as they come
  r.stream = std::make_shared<StreamBody>();
  r.stream->keepAlive = ": keep-alive\n\n";
  r.stream->keepAliveSeconds = 15;
  r.stream->start = [hub, topic, slot, open = opened.dump()](std::shared_ptr<StreamSink> sink) {
    std::weak_ptr<StreamSink> weak = sink;
    auto subscription = std::make_shared<EventHub::Subscription>(hub->subscribe(topic, [weak](const std::string& m) {
      if (auto target = weak.lock()) target->write("event: change\ndata: " + m + "\n\n");
    }));
    sink->onClose([subscription, slot] { subscription->reset(); });
    sink->write("retry: 3000\nevent: open\ndata: " + open + "\n\n");
  };
  return r;
}

LiveViews connectLiveViews(std::shared_ptr<domain::ChangeFeed> feed, unsigned streamsPerPerson) {
  LiveViews views{std::move(feed), std::make_shared<EventHub>(), std::make_shared<EventHub>(),
                  std::make_shared<StreamQuota>(streamsPerPerson)};
  views.feed->receive(
      [meetings = views.meetings, subjects = views.subjects](const domain::Change& change) {
        if (change.channel == LiveViews::kMeetings) meetings->publish(change.topic, change.message);
        else if (change.channel == LiveViews::kSubjects) subjects->publish(change.topic, change.message);
      },
      [meetings = views.meetings, subjects = views.subjects] {
        const std::string resync = R"({"type":"resync"})";
        meetings->publishToAll(resync);
        subjects->publishToAll(resync);
      });
  return views;
}

namespace {

constexpr std::array<const char*, 4> kKinds = {"issue", "decision", "meeting", "communication"};

// The topic of a subject: its id and its kind in one number; -1 for an unknown kind.
long long topicOf(const std::string& type, long long id) {
  for (std::size_t i = 0; i < kKinds.size(); ++i)
    if (type == kKinds[i]) return id * static_cast<long long>(kKinds.size()) + static_cast<long long>(i);
  return -1;
}

// A person's notification centre: below every subject's topic, which are never negative.
long long personTopic(long long userId) { return -2 - userId; }

}  // namespace

void SubjectChanges::notified(const std::vector<long long>& userIds) const {
  for (long long id : userIds) views_.feed->publish({LiveViews::kSubjects, personTopic(id), R"({"type":"notification"})"});
}

Result<Response> SubjectChanges::notificationStream(long long userId) const {
  return liveStream(views_.subjects, personTopic(userId), *notificationStreams_, userId, {{"type", "notifications"}});
}

void SubjectChanges::published(const std::string& subjectType, long long subjectId, const char* change) const {
  long long topic = topicOf(subjectType, subjectId);
  if (topic < 0) return;
  views_.feed->publish(
      {LiveViews::kSubjects, topic,
       nlohmann::json{{"type", change}, {"subject_type", subjectType}, {"subject_id", subjectId}}.dump()});
}

Result<Response> SubjectChanges::stream(const std::string& subjectType, long long subjectId, long long userId) const {
  long long topic = topicOf(subjectType, subjectId);
  if (topic < 0) return invalid("subject_type", "must be issue, decision, meeting or communication");
  return liveStream(views_.subjects, topic, *views_.streams, userId, {{"subject_type", subjectType}, {"subject_id", subjectId}});
}

Handler SubjectChanges::announcing(const char* subjectType, const char* param, const char* change,
                                   Handler write) const {
  return [self = *this, subjectType, param, change, write = std::move(write)](Request& req) -> Result<Response> {
    auto result = write(req);
    if (result.ok() && result->status < 300) {
      auto id = req.params.find(param);
      if (id != req.params.end()) self.published(subjectType, std::stoll(id->second), change);
    }
    return result;
  };
}

}  // namespace accord::http
