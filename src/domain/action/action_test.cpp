#include "domain/action/action.hpp"

#include <gtest/gtest.h>

namespace accord::domain {
namespace {

ActionItem due(const char* date, const char* status) {
  ActionItem item;
  item.dueDate = date;
  item.status = status;
  return item;
}

TEST(ActionItem, IsOverdueOnlyAfterItsDueDay) {
  EXPECT_FALSE(isOverdue(due("2026-03-01", "open"), "2026-03-01"));
  EXPECT_TRUE(isOverdue(due("2026-03-01", "open"), "2026-03-02"));
  EXPECT_TRUE(isOverdue(due("2026-03-01", "in_progress"), "2027-01-01"));
}

TEST(ActionItem, DoneOrDroppedIsNeverOverdue) {
  EXPECT_FALSE(isOverdue(due("2026-03-01", "done"), "2026-03-02"));
  EXPECT_FALSE(isOverdue(due("2026-03-01", "dropped"), "2026-03-02"));
}

TEST(ActionItem, KnowsItsStatuses) {
  for (auto s : {"open", "in_progress", "done", "dropped"}) EXPECT_TRUE(isActionStatus(s));
  EXPECT_FALSE(isActionStatus("closed"));
  EXPECT_FALSE(isActionStatus(""));
}

}  // namespace
}  // namespace accord::domain
