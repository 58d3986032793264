#pragma once
#include <chrono>
#include <cstdint>

namespace accord {

// Seconds since the Unix epoch; every stored time is one of these.
using UnixSeconds = std::int64_t;

inline UnixSeconds nowSeconds() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
      .count();
}

}  // namespace accord
