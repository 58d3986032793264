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

TEST(Crypto, Sha256MatchesTheStandardsVectorsWholeOrInTwoParts) {
  EXPECT_EQ(sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  const std::string two = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  EXPECT_EQ(sha256Hex(two), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  for (std::size_t cut : {std::size_t{0}, std::size_t{1}, std::size_t{20}, two.size()})
    EXPECT_EQ(sha256Hex(std::string_view(two).substr(0, cut), std::string_view(two).substr(cut)), sha256Hex(two));
}

}  // namespace
}  // namespace accord::crypto
