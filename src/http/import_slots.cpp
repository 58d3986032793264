#include "http/import_slots.hpp"

namespace accord::http {

ImportSlots::Held::~Held() {
  {
    std::lock_guard lock(state->mutex);
    state->busy.erase(districtId);
  }
  state->freed.notify_all();
}

Result<ImportSlots::Slot> ImportSlots::reserve(long long districtId, std::chrono::milliseconds patience) {
  std::unique_lock lock(state_->mutex);
  state_->freed.wait_for(lock, patience, [&] {
    return !state_->busy.count(districtId) && state_->busy.size() < state_->total;
  });
  if (state_->busy.count(districtId))
    return Error{ErrorCode::kTooManyRequests, "an import of this district is running; wait until it ends",
                 "district", {}};
  if (state_->busy.size() >= state_->total)
    return Error{ErrorCode::kTooManyRequests, "the server is busy with other imports; try again in a minute",
                 "body", {}};
  state_->busy.insert(districtId);
  return Slot(std::make_shared<const Held>(state_, districtId));
}

}  // namespace accord::http
