#pragma once
// Inside `accord serve`: work done on a thread of its own, first after `first`, then every
// `interval`, until stopped. An exception from the work is logged and the work runs again next time.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "common/log.hpp"

namespace accord::app {

class Periodic {
 public:
  Periodic(std::string name, std::chrono::seconds first, std::chrono::seconds interval, Logger& log,
           std::function<void()> work);
  ~Periodic();  // stops it
  void start();
  void stop();

 private:
  void run();

  std::string name_;
  std::chrono::seconds first_;
  std::chrono::seconds interval_;
  Logger& log_;
  std::function<void()> work_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace accord::app
