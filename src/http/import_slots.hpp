#pragma once
// The imports this server runs at once: at most `total`, and one per district, so that uploads
// cannot start threads (and hold files in memory) without end.
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>

#include "common/result.hpp"

namespace accord::http {

class ImportSlots {
  struct State {
    std::mutex mutex;
    std::condition_variable freed;
    unsigned total = 0;
    std::set<long long> busy;  // districts with an import running
  };
  struct Held {
    Held(std::shared_ptr<State> s, long long id) : state(std::move(s)), districtId(id) {}
    ~Held();
    std::shared_ptr<State> state;
    long long districtId;
  };

 public:
  explicit ImportSlots(unsigned total) : state_(std::make_shared<State>()) { state_->total = total; }

  // Held until the last copy is destroyed (the import ended, or never started).
  using Slot = std::shared_ptr<const Held>;

  // A slot for an import of `districtId`; kTooManyRequests when one of the district's runs, or
  // the server runs `total` already, still after waiting up to `patience` for one to end (an
  // import that has just recorded its result gives its slot back a moment later).
  Result<Slot> reserve(long long districtId, std::chrono::milliseconds patience = std::chrono::milliseconds(0));

 private:
  std::shared_ptr<State> state_;
};

}  // namespace accord::http
