#include "common/flat_json.hpp"

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace accord {
namespace {

nlohmann::json asDocument(const FlatValue& v) {
  switch (v.kind) {
    case FlatValue::Kind::kString: return std::string(v.text);
    case FlatValue::Kind::kInteger: return v.integer;
    case FlatValue::Kind::kTrue: return true;
    case FlatValue::Kind::kFalse: return false;
    case FlatValue::Kind::kNull: return nullptr;
  }
  return nullptr;
}

// What the flat reader read, as the whole parser would have built it (a member named twice keeps its
// last value).
nlohmann::json asDocument(const std::vector<FlatMember>& members) {
  auto out = nlohmann::json::object();
  for (const auto& m : members) out[std::string(m.key)] = asDocument(m.value);
  return out;
}

const std::vector<std::string> kFlatObjects = {
    "{}", " { } ", "{\"body_id\":8,\"issue_id\":null}", "{\"a\":-12,\"b\":0,\"c\":true,\"d\":false}",
    "{\"title\":\"Reuni\xc3\xb3n del comit\xc3\xa9\",\"owner_id\":22}", "\n{\r\n\t\"a\" : \"\" ,\"b\":1}\n",
    "{\"big\":999999999999999999,\"small\":-999999999999999999}", "{\"twice\":1,\"twice\":2}"};

// Valid JSON that is not flat, or not JSON: left to the whole parser.
const std::vector<std::string> kNotFlatObjects = {
    "{\"a\":\"quoted \\\" word\"}", "{\"a\":\"\\u00e9\"}", "{\"a\":1.5}", "{\"a\":1e3}", "{\"a\":[1]}",
    "{\"a\":{\"b\":1}}", "{\"a\":1234567890123456789}", "[]", "\"a\"", "null",
    // not JSON at all
    "", "{", "}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{,\"a\":1}", "{\"a\":1 \"b\":2}", "{\"a\":1} x",
    "{\"a\":1}}", "{a:1}", "{\"a\":01}", "{\"a\":-}", "{\"a\":--1}", "{\"a\":+1}", "{\"a\":tru}", "{\"a\":truex}",
    "{\"a\":nul}", "{\"a\":\"bad \xff byte\"}", "{\"a\":\"cut \xc3\"}", "{\"a\":\"line\nbreak\"}",
    "{\"a\":\"\xed\xa0\x80\"}", "{\"a\":\"unterminated}", "{\"a\":1}\x01", "not JSON {"};

TEST(FlatJson, AnObjectOfFlatMembersReadsAsTheWholeParserReadsIt) {
  for (const auto& text : kFlatObjects) {
    auto members = readFlatObject(text);
    ASSERT_TRUE(members.has_value()) << text;
    EXPECT_EQ(asDocument(*members), nlohmann::json::parse(text)) << text;
  }
  EXPECT_EQ(readFlatObject("{\"twice\":1,\"twice\":2}")->size(), 2u);
}

TEST(FlatJson, AnyOtherTextIsLeftToTheWholeParser) {
  for (const auto& text : kNotFlatObjects) EXPECT_FALSE(readFlatObject(text).has_value()) << text;
}

TEST(FlatJson, AnArrayOfPlainStringsReadsAsTheWholeParserReadsIt) {
  for (std::string text : {"[]", " [ ] ", "[\"Article 12.3\"]", "[\"a\",\"b\" , \"c\"]", "[\"caf\xc3\xa9\"]", "[\"\"]"}) {
    auto items = readFlatStrings(text);
    ASSERT_TRUE(items.has_value()) << text;
    EXPECT_EQ(nlohmann::json(std::vector<std::string>(items->begin(), items->end())), nlohmann::json::parse(text));
  }
  for (std::string text : {"[\"a \\\"b\\\"\"]", "[1]", "[\"a\", null]", "[[\"a\"]]", "[", "[\"a\",]", "[\"a\" \"b\"]",
                           "[\"a\"] x", "[\"bad \xff\"]", "{}", ""})
    EXPECT_FALSE(readFlatStrings(text).has_value()) << text;
}

TEST(FlatJson, AStringIsWrittenAsNlohmannWritesIt) {
  using nlohmann::json;
  for (std::string text : {std::string(""), std::string("Ana Reyes"), std::string("Ana \"the chair\" Reyes"),
                           std::string("back\\slash"), std::string("tab\there"), std::string("Jos\xc3\xa9 Mu\xc3\xb1oz"),
                           std::string("nul\0inside", 11), std::string("del\x7f"), std::string("twenty-four characters.."),
                           std::string("a quote eight bytes in: \"")}) {
    std::string out = "x";
    appendJsonString(out, text);
    EXPECT_EQ(out, "x" + json(text).dump()) << text;
    EXPECT_EQ(json::parse(out.substr(1)).get<std::string>(), text);
  }
  std::string out;
  appendJsonString(out, "bad \xff byte");  // replaced, not thrown
  EXPECT_EQ(out, json("bad \xff byte").dump(-1, ' ', false, json::error_handler_t::replace));
  EXPECT_TRUE(plainJsonText("Plain text, 100% printable."));
  EXPECT_FALSE(plainJsonText("caf\xc3\xa9"));
}

}  // namespace
}  // namespace accord
