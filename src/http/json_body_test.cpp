#include "http/json_body.hpp"

#include <gtest/gtest.h>

namespace accord::http {
namespace {

Request withBody(std::string body) {
  Request r;
  r.body = std::move(body);
  return r;
}

std::string nested(int depth) { return "{\"a\":" + std::string(depth, '[') + std::string(depth, ']') + "}"; }

TEST(JsonBody, ABodyNestedDeeperThanAnyRequestIsRefusedBeforeItIsWalked) {
  EXPECT_TRUE(parseObject(withBody(nested(60))).ok());
  auto deep = parseObject(withBody(nested(100)));
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.error().field, "body");
  // Half a mebibyte of brackets once overflowed the stack of the thread that walked them.
  auto deepest = parseObject(withBody(nested(250000)));
  ASSERT_FALSE(deepest.ok());
  EXPECT_EQ(deepest.error().field, "body");
}

TEST(JsonBody, AStringWithNulNamesItsField) {
  auto r = parseObject(withBody(R"({"contacts": [{"name": "a"}, {"name": "b\u0000"}]})"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().field, "contacts[1].name");
  auto unnamed = parseObject(withBody(R"({"": "b\u0000"})"));
  ASSERT_FALSE(unnamed.ok());
  EXPECT_EQ(unnamed.error().field, "body");
}

}  // namespace
}  // namespace accord::http
