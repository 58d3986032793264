#include "domain/account/rules.hpp"

#include <gtest/gtest.h>

namespace accord::domain {
namespace {

TEST(Rules, EmailsAreTrimmedAndLowerCased) {
  auto email = normalizeEmail("  Maria.Delgado@ABC.k12.ca.us ");
  ASSERT_TRUE(email.ok());
  EXPECT_EQ(*email, "maria.delgado@abc.k12.ca.us");
}

TEST(Rules, NonAddressesAreRejected) {
  for (const char* bad : {"", "maria", "@abc.org", "maria@", "a@b@c.org", "maria@localhost", "ma ria@abc.org"})
    EXPECT_FALSE(normalizeEmail(bad).ok()) << bad;
}

TEST(Rules, PasswordsNeedTenCharacters) {
  EXPECT_FALSE(checkPassword("123456789").ok());
  EXPECT_TRUE(checkPassword("1234567890").ok());
  EXPECT_EQ(checkPassword("short", "new_password").error().field, "new_password");
}

TEST(Rules, NamesAreTrimmedAndBounded) {
  EXPECT_EQ(*checkName("  Ana Reyes "), "Ana Reyes");
  EXPECT_FALSE(checkName("   ").ok());
  EXPECT_FALSE(checkName(std::string(201, 'a')).ok());
}

}  // namespace
}  // namespace accord::domain
