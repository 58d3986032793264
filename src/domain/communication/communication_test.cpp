#include "domain/communication/communication.hpp"

#include <gtest/gtest.h>

namespace accord::domain {
namespace {

CommunicationSignature by(long long userId) {
  CommunicationSignature s;
  s.userId = userId;
  return s;
}

TEST(Communication, IsPublishableOnlyWithBothCoChairsSignatures) {
  EXPECT_TRUE(signedByBothCoChairs({by(1), by(2)}, 1, 2));
  EXPECT_FALSE(signedByBothCoChairs({by(1)}, 1, 2));
  EXPECT_FALSE(signedByBothCoChairs({}, 1, 2));
}

TEST(Communication, ASignatureOfAFormerCoChairDoesNotCount) {
  EXPECT_FALSE(signedByBothCoChairs({by(1), by(3)}, 1, 2));
}

TEST(Communication, ABodyMissingACoChairCannotPublish) {
  EXPECT_FALSE(signedByBothCoChairs({by(1)}, 1, std::nullopt));
  EXPECT_FALSE(signedByBothCoChairs({by(1), by(2)}, std::nullopt, std::nullopt));
}

}  // namespace
}  // namespace accord::domain
