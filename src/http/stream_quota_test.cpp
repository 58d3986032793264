#include "http/stream_quota.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace accord::http {
namespace {

TEST(StreamQuota, APersonHoldsAtMostTheLimit) {
  StreamQuota quota(2);
  auto first = quota.acquire(7);
  auto second = quota.acquire(7);
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(quota.acquire(7), nullptr);
  EXPECT_NE(quota.acquire(8), nullptr);  // someone else is not held back
  EXPECT_EQ(quota.held(7), 2u);
}

TEST(StreamQuota, AClosedStreamFreesItsSlot) {
  StreamQuota quota(1);
  auto slot = quota.acquire(7);
  auto copy = slot;
  slot.reset();
  EXPECT_EQ(quota.acquire(7), nullptr);  // a copy still holds it
  copy.reset();
  EXPECT_EQ(quota.held(7), 0u);
  EXPECT_NE(quota.acquire(7), nullptr);
}

}  // namespace
}  // namespace accord::http
