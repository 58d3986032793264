#include "common/crypto.hpp"

#include <gtest/gtest.h>

namespace accord::crypto {
namespace {

TEST(CryptoPasswords, EachCostHashesWithArgon2idAndVerifiesByTheCostItCarries) {
  initialize();
  setPasswordCost(PasswordCost::kInteractive);
  std::string interactive = hashPassword("correct horse battery");
  EXPECT_EQ(interactive.rfind("$argon2id$v=19$m=65536,t=2,p=1$", 0), 0u) << interactive;
  setPasswordCost(PasswordCost::kMinimal);
  std::string minimal = hashPassword("correct horse battery");
  EXPECT_EQ(minimal.rfind("$argon2id$v=19$m=8,t=1,p=1$", 0), 0u) << minimal;
  for (const auto& hash : {interactive, minimal}) {
    EXPECT_TRUE(verifyPassword("correct horse battery", hash));
    EXPECT_FALSE(verifyPassword("correct horse batterY", hash));
  }
  setPasswordCost(PasswordCost::kInteractive);
}

}  // namespace
}  // namespace accord::crypto
