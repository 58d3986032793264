#include "http/json_writer.hpp"

#include <limits>

#include <gtest/gtest.h>

namespace accord::http {
namespace {

using nlohmann::json;

std::string dumped(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

TEST(JsonWriter, WritesWhatNlohmannWritesForTheSameValues) {
  JsonWriter w;
  w.open()
      .field("id", 42LL)
      .field("small", 7)
      .field("negative", -9007199254740993LL)
      .field("name", "Cedar Valley USD")
      .field("yes", true)
      .field("no", false)
      .field("none", nullptr)
      .field("missing", std::optional<double>())
      .field("share", std::optional<double>(72.5))
      .field("whole", 3.0)
      .field("tiny", 1e-7)
      .field("huge", 1.5e300)
      .field("third", 1.0 / 3.0)
      .key("list")
      .openArray()
      .value(1)
      .value("two")
      .open()
      .field("three", 3)
      .close()
      .openArray()
      .closeArray()
      .closeArray()
      .key("empty")
      .open()
      .close()
      .field("document", json{{"b", 1}, {"a", json::array({1, "x"})}})
      .close();
  json expected = {{"id", 42},
                   {"small", 7},
                   {"negative", -9007199254740993LL},
                   {"name", "Cedar Valley USD"},
                   {"yes", true},
                   {"no", false},
                   {"none", nullptr},
                   {"missing", nullptr},
                   {"share", 72.5},
                   {"whole", 3.0},
                   {"tiny", 1e-7},
                   {"huge", 1.5e300},
                   {"third", 1.0 / 3.0},
                   {"list", json::array({1, "two", {{"three", 3}}, json::array()})},
                   {"empty", json::object()},
                   {"document", {{"b", 1}, {"a", json::array({1, "x"})}}}};
  json parsed = json::parse(w.text());
  EXPECT_EQ(parsed, expected);
  // Keys keep the order written; every double stays a floating-point number.
  EXPECT_EQ(w.text().substr(0, 23), "{\"id\":42,\"small\":7,\"neg");
  EXPECT_TRUE(parsed["whole"].is_number_float());
  EXPECT_EQ(parsed["third"].get<double>(), 1.0 / 3.0);
}

TEST(JsonWriter, TextIsEscapedAsNlohmannEscapesIt) {
  const std::string texts[] = {"",
                               "plain words",
                               "a \"quoted\" word",
                               "back\\slash",
                               "line\nbreak\ttab\r",
                               std::string("nul\0byte", 8),
                               "\x1f unit separator",
                               "del \x7f",
                               "Año escolar — niños",
                               "emoji \xF0\x9F\x93\x88",
                               "</script><script>alert(1)</script>",
                               "invalid \xC3\x28 utf-8",
                               "cut short \xE2\x82"};
  for (const auto& text : texts) {
    JsonWriter w;
    w.value(text);
    EXPECT_EQ(w.text(), dumped(json(text))) << text;
  }
}

// Long texts are checked eight bytes at a time: a byte that needs escaping is found wherever it is.
TEST(JsonWriter, ACharacterToEscapeIsFoundAnywhereInALongText) {
  const std::string special[] = {"\"", "\\", "\n", "\x01", "\x1f", "\x7f", "\xc3\xb1", "\xff"};
  for (const auto& s : special)
    for (std::size_t at = 0; at <= 24; ++at) {
      std::string text(24, 'a');
      text.insert(at, s);
      JsonWriter w;
      w.value(text);
      EXPECT_EQ(w.text(), dumped(json(text))) << at;
    }
  std::string plain =
      "Joint labor-management committee ~ 2025/26 {agenda} [items] 0-9 A-Z a-z !#$%&'()*+,-./:;<=>?@^_`|";
  JsonWriter w;
  w.value(plain);
  EXPECT_EQ(w.text(), "\"" + plain + "\"");
}

// A member's name is written as its text would be: a short plain one in a single piece, any other (long,
// or with characters to escape) as a text.
TEST(JsonWriter, NamesOfEveryLengthAndKindAreWrittenAsNlohmannWritesThem) {
  JsonWriter w;
  w.open();
  std::string expected = "{";
  for (const std::string& name : {std::string("id"), std::string(64, 'k'), std::string(65, 'l'), std::string("a \"b\""),
                                  std::string("A\xc3\xb1o"), std::string(), std::string("line\nbreak")}) {
    w.textKey(name).value(static_cast<long long>(name.size()));
    expected += (expected.size() > 1 ? "," : "") + dumped(json(name)) + ":" + std::to_string(name.size());
  }
  w.close();
  EXPECT_EQ(w.text(), expected + "}");
}

// A name the code spells is written whole, however long.
TEST(JsonWriter, NamesTheCodeSpellsAreWrittenAsNlohmannWritesThem) {
  JsonWriter w;
  w.open()
      .field("id", 1)
      .field("k234567890123456789012345678901234567890123456789012345678901234", 64)
      .field("l2345678901234567890123456789012345678901234567890123456789012345", 65)
      .close();
  json expected = {{"id", 1},
                   {std::string(1, 'k') + "234567890123456789012345678901234567890123456789012345678901234", 64},
                   {std::string(1, 'l') + "2345678901234567890123456789012345678901234567890123456789012345", 65}};
  EXPECT_EQ(json::parse(w.text()), expected);
  EXPECT_EQ(w.text().size(), expected.dump().size());
}

TEST(JsonWriter, ANumberThatIsNotFiniteIsNull) {
  JsonWriter w;
  w.openArray()
      .value(std::numeric_limits<double>::quiet_NaN())
      .value(std::numeric_limits<double>::infinity())
      .value(-std::numeric_limits<double>::infinity())
      .closeArray();
  EXPECT_EQ(w.text(), "[null,null,null]");
}

}  // namespace
}  // namespace accord::http
