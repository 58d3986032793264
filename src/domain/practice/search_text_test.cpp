#include "domain/practice/search_text.hpp"

#include <gtest/gtest.h>

namespace accord::domain {
namespace {

std::vector<std::string> terms(std::string_view q) {
  auto r = searchTerms(q);
  EXPECT_TRUE(r.ok()) << q;
  return r.ok() ? *r : std::vector<std::string>{};
}

TEST(PracticeSearchText, OperatorsAndQuotesBecomePlainWords) {
  EXPECT_EQ(terms("Peer \"coaching\" AND mentors*"), (std::vector<std::string>{"peer", "coaching", "and", "mentors"}));
  EXPECT_EQ(terms("a NEAR(b c) -d OR title:e ^f"),
            (std::vector<std::string>{"a", "near", "b", "c", "d", "or", "title", "e", "f"}));
  EXPECT_EQ(terms("'; DROP TABLE practices; --"), (std::vector<std::string>{"drop", "table", "practices"}));
  EXPECT_TRUE(terms("").empty());
  EXPECT_TRUE(terms("\"\" * () : ^ -").empty());
}

TEST(PracticeSearchText, KeepsLettersOfEveryScriptAndDropsDuplicates) {
  EXPECT_EQ(terms("Éxito éxito — lectura “club”"), (std::vector<std::string>{"Éxito", "éxito", "lectura", "club"}));
  EXPECT_EQ(terms("读书 会"), (std::vector<std::string>{"读书", "会"}));
  EXPECT_EQ(terms("peer peer PEER"), (std::vector<std::string>{"peer"}));
}

TEST(PracticeSearchText, LimitsWhatItAccepts) {
  EXPECT_EQ(terms("a b c d e f g h i j k l m n o p").size(), kMaxSearchTerms);
  auto tooLong = searchTerms(std::string(kMaxSearchBytes + 1, 'a'));
  ASSERT_FALSE(tooLong.ok());
  EXPECT_EQ(tooLong.error().field, "q");
  auto notUtf8 = searchTerms("caf\xe9");
  ASSERT_FALSE(notUtf8.ok());
  EXPECT_EQ(notUtf8.error().field, "q");
  EXPECT_EQ(terms(std::string(300, 'x'))[0].size(), 100u);
}

TEST(PracticeSearchText, AWordTooLongIsCutToItsBeginning) {
  // 98 letters, a 4-byte letter that does not fit in 100 bytes, then more letters.
  std::string word = std::string(98, 'a') + "\xF0\x9B\x98\x80" + "bcd";
  EXPECT_EQ(terms(word + " next"), (std::vector<std::string>{std::string(98, 'a'), "next"}));
}

TEST(PracticeSearchText, SnippetMarksBecomeSegments) {
  std::string marked = std::string("Teachers ") + kMatchStart + "paired" + kMatchEnd + " up " + kMatchStart + "weekly" +
                       kMatchEnd;
  auto segments = snippetSegments(marked);
  ASSERT_EQ(segments.size(), 4u);
  EXPECT_EQ(segments[0].text, "Teachers ");
  EXPECT_FALSE(segments[0].match);
  EXPECT_EQ(segments[1].text, "paired");
  EXPECT_TRUE(segments[1].match);
  EXPECT_EQ(segments[3].text, "weekly");
  EXPECT_TRUE(segments[3].match);
  EXPECT_TRUE(snippetSegments("").empty());
}

TEST(PracticeSearchText, StoredTextLosesControlCharacters) {
  EXPECT_EQ(withoutControlCharacters(std::string("a\x02") + "b\x03\tc\nd\x7f"), "ab\tc\nd");
}

}  // namespace
}  // namespace accord::domain
