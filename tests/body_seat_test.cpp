// The one look every check of access to a body's records makes (BodyRepository::withSeatOf): the body
// only within its district, and the seat of the person asked about, never another's.
#include "domain/body/body.hpp"
#include "joint_body_fixture.hpp"

namespace accord::testing {
namespace {

class BodySeat : public JointBodyTest {
 protected:
  Result<domain::BodyWithSeat> look(long long districtId, long long bodyId, long long userId) {
    auto tx = store_->read();
    if (!tx.ok()) return tx.takeError();
    return (*tx)->bodies().withSeatOf(districtId, bodyId, userId);
  }
};
ACCORD_ON_EVERY_BACKEND(BodySeat);

TEST_P(BodySeat, FindsTheBodyWithThePersonsOwnSeatOrNone) {
  auto member = look(district_, body_, managementMemberId_);
  ASSERT_TRUE(member.ok()) << member.error().message;
  EXPECT_EQ(member->body.id, body_);
  EXPECT_EQ(member->body.laborCoChairId, laborChairId_);
  ASSERT_TRUE(member->seat.has_value());
  EXPECT_EQ(member->seat->userId, managementMemberId_);
  EXPECT_EQ(member->seat->bodyId, body_);
  EXPECT_EQ(member->seat->side, "management");
  EXPECT_EQ(member->seat->seat, "member");
  EXPECT_GT(member->seat->id, 0);
  EXPECT_GT(member->seat->createdAt, 0);

  auto neutral = look(district_, body_, neutralId_);
  ASSERT_TRUE(neutral.ok());
  ASSERT_TRUE(neutral->seat.has_value());
  EXPECT_EQ(neutral->seat->side, "neutral");
  EXPECT_NE(neutral->seat->id, member->seat->id);

  // In the district but not in the body: the body, and no seat.
  auto outsider = look(district_, body_, outsiderId_);
  ASSERT_TRUE(outsider.ok());
  EXPECT_EQ(outsider->body.id, body_);
  EXPECT_FALSE(outsider->seat.has_value());
}

TEST_P(BodySeat, ABodyOfAnotherDistrictIsNotFoundEvenToItsMembers) {
  auto elsewhere = look(otherDistrict_, body_, managementMemberId_);
  ASSERT_FALSE(elsewhere.ok());
  EXPECT_EQ(elsewhere.error().code, ErrorCode::kNotFound);
  auto nothing = look(district_, body_ + 1000, managementMemberId_);
  ASSERT_FALSE(nothing.ok());
  EXPECT_EQ(nothing.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace accord::testing
