// A read transaction is one moment of the database on every backend (domain::Store::read): a page
// that checks a person's access in one statement and reads what it guards in the next never mixes
// two states of the database, whatever is committed between the two.
#include <thread>

#include "api_fixture.hpp"

namespace accord::testing {
namespace {

class ReadSnapshot : public ApiTest {
 protected:
  // Committed by another request, on a thread and a connection of its own.
  void addPersonElsewhere(const std::string& email) {
    std::thread([&] { addUser(email, email); }).join();
  }
};
ACCORD_ON_EVERY_BACKEND(ReadSnapshot);

TEST_P(ReadSnapshot, EveryStatementOfAReadSeesTheMomentOfItsFirst) {
  addUser("ana@example.org", "Ana");
  auto tx = store_->read();
  ASSERT_TRUE(tx.ok());
  ASSERT_TRUE((*tx)->users().byEmail("ana@example.org").ok());
  addPersonElsewhere("ben@example.org");
  // PostgreSQL's default isolation would take a new snapshot for this statement and see Ben.
  EXPECT_FALSE((*tx)->users().byEmail("ben@example.org").ok());
  // A read begun after the write sees it.
  auto next = store_->read();
  ASSERT_TRUE(next.ok());
  EXPECT_TRUE((*next)->users().byEmail("ben@example.org").ok());
}

}  // namespace
}  // namespace accord::testing
