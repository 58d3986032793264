#include "store/sql/random_id.hpp"

#include <sodium.h>

#include <cstdint>

namespace accord::store {

long long randomResponseId() {
  std::uint64_t bits = 0;
  randombytes_buf(&bits, sizeof bits);
  return static_cast<long long>(bits >> 2) + 1;
}

}  // namespace accord::store
