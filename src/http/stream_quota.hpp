#pragma once
// How many live streams each person holds open on this server, so that one person cannot take
// every connection with streams that never end.
#include <map>
#include <memory>
#include <mutex>

namespace accord::http {

class StreamQuota {
  struct State {
    mutable std::mutex mutex;
    unsigned perPerson = 0;
    std::map<long long, unsigned> open;
  };
  // Gives its place back when destroyed; keeps the state alive, so it may outlive the quota.
  struct Held {
    Held(std::shared_ptr<State> s, long long id) : state(std::move(s)), userId(id) {}
    ~Held();
    std::shared_ptr<State> state;
    long long userId;
  };

 public:
  explicit StreamQuota(unsigned perPerson) : state_(std::make_shared<State>()) { state_->perPerson = perPerson; }

  // A held stream slot; released when the last copy is destroyed (the stream closed).
  using Slot = std::shared_ptr<const Held>;

  // A slot for `userId`, or null when that person holds `perPerson` streams already.
  Slot acquire(long long userId);
  unsigned held(long long userId) const;

 private:
  std::shared_ptr<State> state_;
};

}  // namespace accord::http
