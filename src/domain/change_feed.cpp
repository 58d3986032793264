#include "domain/change_feed.hpp"

#include <mutex>

namespace accord::domain {

namespace {

class LocalChangeFeed final : public ChangeFeed {
 public:
  void receive(Receiver receiver, Gap) override {
    std::lock_guard lock(mutex_);
    receiver_ = std::move(receiver);
  }
  void publish(Change change) override {
    Receiver receiver;
    {
      std::lock_guard lock(mutex_);
      receiver = receiver_;
    }
    if (receiver) receiver(change);
  }

 private:
  std::mutex mutex_;
  Receiver receiver_;
};

}  // namespace

std::shared_ptr<ChangeFeed> localChangeFeed() { return std::make_shared<LocalChangeFeed>(); }

}  // namespace accord::domain
