#include "app/periodic.hpp"

namespace accord::app {

Periodic::Periodic(std::string name, std::chrono::seconds first, std::chrono::seconds interval, Logger& log,
                   std::function<void()> work)
    : name_(std::move(name)), first_(first), interval_(interval), log_(log), work_(std::move(work)) {}

Periodic::~Periodic() { stop(); }

void Periodic::start() {
  if (thread_.joinable()) return;
  thread_ = std::thread([this] { run(); });
}

void Periodic::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Periodic::run() {
  auto wait = first_;
  while (true) {
    {
      std::unique_lock lock(mutex_);
      if (wake_.wait_for(lock, wait, [this] { return stopping_; })) return;
    }
    wait = interval_;
    try {
      work_();
    } catch (const std::exception& e) {
      log_.error(name_ + " stopped on an error; it is tried again later", {{"error", e.what()}});
    }
  }
}

}  // namespace accord::app
