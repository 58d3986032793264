#include "store/sql/json_list.hpp"

#include <gtest/gtest.h>

namespace accord::store {
namespace {

// What the whole parser reads from the text: the reference the quick path must agree with.
std::vector<std::string> byTheWholeParser(const std::string& text) {
  auto parsed = nlohmann::json::parse(text, nullptr, false);
  std::vector<std::string> out;
  if (!parsed.is_array()) return out;
  for (const auto& item : parsed)
    if (item.is_string()) out.push_back(item.get<std::string>());
  return out;
}

TEST(JsonList, ReadsEveryTextAsTheWholeParserDoes) {
  const std::vector<std::string> texts = {
      "[]", " [ ] ", "[\"Article 12.3\"]", "[\"a\",\"b\" , \"c\"]", "\n[\r\n\t\"x\"\n]\n", "[\"\"]",
      // the quick path's refusals, read by the whole parser
      "[\"caf\xc3\xa9\"]", "[\"a \\\"quoted\\\" b\"]", "[\"tab\\tin\"]", "[\"\\u00e9\"]", "[1, \"a\", null]",
      "[\"a\", [\"b\"]]", "[\"a\", {\"b\": 1}]",
      // text that is not a list of strings, or not JSON
      "", "   ", "[", "]", "[\"a\"", "[\"a\",]", "[,\"a\"]", "[\"a\" \"b\"]", "[\"a\"] x", "[\"a\"]]", "[]]",
      "\"a\"", "{}", "null", "[\"bad \xff byte\"]", "[\"cut \xc3\"]", "[\"line\nbreak\"]", "[\"a\"\x01]",
      "[\"unterminated]"};
  for (const auto& text : texts) EXPECT_EQ(fromJsonList(text), byTheWholeParser(text)) << "text: " << text;
}

TEST(JsonList, WhatItWritesReadsBackTheSame) {
  const std::vector<std::vector<std::string>> lists = {
      {}, {"Article 12.3"}, {"ela_met", "math_met"}, {"caf\xc3\xa9", "a \"quoted\" b", "back\\slash", "tab\t"}};
  for (const auto& list : lists) EXPECT_EQ(fromJsonList(toJsonList(list)), list);
}

}  // namespace
}  // namespace accord::store
