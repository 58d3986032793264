#include "http/stream_quota.hpp"

namespace accord::http {

StreamQuota::Slot StreamQuota::acquire(long long userId) {
  {
    std::lock_guard lock(state_->mutex);
    unsigned& count = state_->open[userId];
    if (count >= state_->perPerson) {
      if (count == 0) state_->open.erase(userId);
      return nullptr;
    }
    ++count;
  }
  // The slot keeps the state alive, so it may outlive the quota.
  return std::make_shared<Held>(state_, userId);
}

StreamQuota::Held::~Held() {
  std::lock_guard lock(state->mutex);
  auto it = state->open.find(userId);
  if (it != state->open.end() && --it->second == 0) state->open.erase(it);
}

unsigned StreamQuota::held(long long userId) const {
  std::lock_guard lock(state_->mutex);
  auto it = state_->open.find(userId);
  return it == state_->open.end() ? 0 : it->second;
}

}  // namespace accord::http
