#include "common/text.hpp"

#include <gtest/gtest.h>

namespace accord {
namespace {

using namespace std::string_literals;

TEST(CleanText, AcceptsUtf8OfEveryLength) {
  EXPECT_TRUE(isCleanText(""));
  EXPECT_TRUE(isCleanText("Año escolar – 2025 ✓ 𝄞"));
  EXPECT_TRUE(isCleanText("\xF4\x8F\xBF\xBF"));  // U+10FFFF
}

TEST(CleanText, RefusesNulAndBytesThatAreNotUtf8) {
  for (const std::string& bad : {"nul\0inside"s, "\xFF\xFE"s, "caf\xC3"s, "\xC0\xAF"s, "\xE0\x80\xAF"s,
                                 "\xED\xA0\x80"s, "\xF4\x90\x80\x80"s, "\xF8\x88\x80\x80\x80"s, "\x80"s})
    EXPECT_FALSE(isCleanText(bad)) << testing::PrintToString(bad);
}

TEST(CleanText, CutsOnlyBetweenCharacters) {
  EXPECT_EQ(cutAtCharacter("año", 2), "a");
  EXPECT_EQ(cutAtCharacter("año", 3), "añ");
  EXPECT_EQ(cutAtCharacter("𝄞x", 3), "");
  EXPECT_EQ(cutAtCharacter("abc", 10), "abc");
}

}  // namespace
}  // namespace accord
