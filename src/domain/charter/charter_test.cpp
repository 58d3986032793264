#include "domain/charter/charter.hpp"

#include <gtest/gtest.h>

namespace accord::domain {
namespace {

CharterSigner signer(const char* side, bool hasSigned) {
  CharterSigner s;
  s.side = side;
  if (hasSigned) s.signedAt = 1;
  return s;
}

TEST(Charter, TakesEffectOnlyWhenEverySignerOfBothSidesHasSigned) {
  EXPECT_TRUE(everySignerSigned({signer("labor", true), signer("management", true)}));
  EXPECT_FALSE(everySignerSigned({signer("labor", true), signer("management", false)}));
  EXPECT_FALSE(everySignerSigned({signer("labor", true), signer("labor", true), signer("management", false)}));
  EXPECT_TRUE(everySignerSigned({signer("labor", true), signer("labor", true), signer("management", true)}));
}

TEST(Charter, OneSideAloneNeverSuffices) {
  EXPECT_FALSE(everySignerSigned({signer("labor", true), signer("labor", true)}));
  EXPECT_FALSE(everySignerSigned({}));
  EXPECT_FALSE(coversBothSides({signer("management", false)}));
  EXPECT_TRUE(coversBothSides({signer("management", false), signer("labor", false)}));
}

TEST(Charter, ReviewIsDueAfterTheReviewDateOrWhenTheBodyFlagsIt) {
  EXPECT_FALSE(charterReviewDue("2026-06-30", "2026-06-30", false));
  EXPECT_TRUE(charterReviewDue("2026-06-30", "2026-07-01", false));
  EXPECT_TRUE(charterReviewDue("2027-06-30", "2026-07-01", true));
}

}  // namespace
}  // namespace accord::domain
