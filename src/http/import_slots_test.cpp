#include "http/import_slots.hpp"

#include <gtest/gtest.h>

#include <thread>

namespace accord::http {
namespace {

TEST(ImportSlots, OneImportPerDistrictAtATime) {
  ImportSlots slots(4);
  auto first = slots.reserve(1);
  ASSERT_TRUE(first.ok());
  auto second = slots.reserve(1);
  ASSERT_FALSE(second.ok());
  EXPECT_EQ(second.error().code, ErrorCode::kTooManyRequests);
  EXPECT_EQ(second.error().field, "district");
  EXPECT_TRUE(slots.reserve(2).ok());
}

TEST(ImportSlots, AtMostTheTotalOnTheServer) {
  ImportSlots slots(2);
  auto a = slots.reserve(1);
  auto b = slots.reserve(2);
  ASSERT_TRUE(a.ok() && b.ok());
  auto c = slots.reserve(3);
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.error().code, ErrorCode::kTooManyRequests);
}

TEST(ImportSlots, AnEndedImportGivesItsPlaceBack) {
  ImportSlots slots(1);
  {
    auto held = slots.reserve(1);
    ASSERT_TRUE(held.ok());
    EXPECT_FALSE(slots.reserve(2).ok());
  }
  EXPECT_TRUE(slots.reserve(1).ok());
}

TEST(ImportSlots, AWaitingRequestTakesThePlaceOfAnImportThatEnds) {
  ImportSlots slots(1);
  auto held = slots.reserve(1);
  ASSERT_TRUE(held.ok());
  std::thread ending([&held] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    held = Result<ImportSlots::Slot>(ImportSlots::Slot{});
  });
  auto next = slots.reserve(1, std::chrono::seconds(30));
  ending.join();
  EXPECT_TRUE(next.ok());
}

}  // namespace
}  // namespace accord::http
