#include "domain/decision/decision_log.hpp"

#include <gtest/gtest.h>

#include "common/crypto.hpp"

namespace accord::domain {
namespace {

std::vector<LogEntry> chain(int n) {
  std::vector<LogEntry> out;
  std::string prev = kGenesisHash;
  for (int i = 1; i <= n; ++i) {
    LogEntry e;
    e.seq = i;
    e.decisionId = 100 + i;
    e.entry = canonicalJson({{"seq", i}, {"decision_id", 100 + i}, {"outcome", "adopted"}, {"title", "Decision"}});
    e.prevHash = prev;
    e.hash = chainHash(prev, e.entry);
    prev = e.hash;
    out.push_back(e);
  }
  return out;
}

TEST(DecisionLogChain, CanonicalJsonSortsKeysWithoutSpaces) {
  EXPECT_EQ(canonicalJson({{"b", 1}, {"a", {{"d", "x y"}, {"c", nullptr}}}}), R"({"a":{"c":null,"d":"x y"},"b":1})");
}

TEST(DecisionLogChain, HashIsSha256OfThePreviousHashAndTheEntry) {
  crypto::initialize();
  EXPECT_EQ(chainHash("abc", "{}"), crypto::sha256Hex("abc{}"));
}

TEST(DecisionLogChain, AnIntactChainVerifiesAndReportsItsHead) {
  crypto::initialize();
  auto entries = chain(3);
  auto check = verifyChain(entries);
  EXPECT_TRUE(check.ok);
  EXPECT_EQ(check.entries, 3);
  EXPECT_EQ(check.headHash, entries.back().hash);
  EXPECT_TRUE(verifyChain({}).ok);
}

TEST(DecisionLogChain, FindsTheFirstEntryThatDoesNotMatch) {
  crypto::initialize();
  struct Case {
    const char* what;
    void (*tamper)(std::vector<LogEntry>&);
    long long firstBad;
  };
  std::vector<Case> cases = {
      {"changed content", [](auto& c) { c[1].entry = canonicalJson({{"seq", 2}, {"decision_id", 102}}); }, 2},
      {"rehashed entry", [](auto& c) {
         c[0].entry = canonicalJson({{"seq", 1}, {"decision_id", 101}, {"outcome", "no_consent"}});
         c[0].hash = chainHash(c[0].prevHash, c[0].entry);
       }, 2},
      {"deleted entry", [](auto& c) { c.erase(c.begin() + 1); }, 3},
      {"changed sequence column", [](auto& c) { c[2].seq = 4; }, 4},  // reported as stored
      {"changed decision column", [](auto& c) { c[0].decisionId = 999; }, 1},
      {"non-canonical text", [](auto& c) {
         c[2].entry = R"({ "seq": 3 })";
         c[2].hash = chainHash(c[2].prevHash, c[2].entry);
       }, 3},
  };
  for (const auto& c : cases) {
    auto entries = chain(3);
    c.tamper(entries);
    auto check = verifyChain(entries);
    EXPECT_FALSE(check.ok) << c.what;
    ASSERT_TRUE(check.firstBadSeq.has_value()) << c.what;
    EXPECT_EQ(*check.firstBadSeq, c.firstBad) << c.what;
    EXPECT_FALSE(check.reason.empty()) << c.what;
  }
}

// The one-pass reader may only say "canonical" where parsing and writing the entry again gives it back
// byte for byte, with the same facts; where it cannot tell it must say so.
TEST(DecisionLogChain, TheOnePassReaderAgreesWithParsingOnEveryText) {
  const std::vector<std::string> texts = {
      R"({"decision_id":7,"seq":3,"title":"Planning time"})",
      R"({"a":[1,-2,0,true,false,null,{"b":"c"}],"seq":1})",
      R"({"sealed":true,"seq":2,"decision_id":9})",  // keys out of order
      R"({"decision_id":9,"sealed":true,"seq":2})",
      R"({"decision_id":9,"sealed":false,"seq":2})",
      R"({"decision_id":9,"sealed":"true","seq":2})",
      R"({"seq":1,"seq":2})",
      R"({"seq":1 })",
      R"( {"seq":1})",
      R"({"seq":1}
)",
      R"({"seq":01})",
      R"({"seq":-0})",
      R"({"seq":1.0})",
      R"({"seq":1e3})",
      R"({"seq":123456789012345678901})",
      R"({"seq":"1"})",
      R"({"t":"tab\there, quote \" and back\\slash"})",
      R"({"t":"\u001f\u0000\u007f"})",
      R"({"t":"\u0009"})",
      R"({"t":"\u001F"})",
      R"({"t":"\/"})",
      R"({"t":"é ñ 中 😀"})",
      "{\"t\":\"\x7f\"}",
      "{\"t\":\"\xc3\"}",
      "{\"t\":\"\xc0\xaf\"}",
      "{\"t\":\"\xed\xa0\x80\"}",
      "{\"t\":\"\t\"}",
      R"({"\u0061":1})",
      R"({"b":1,"a":2})",
      R"({"Z":1,"a":2,"é":3})",
      R"({"a":{"y":1,"x":2}})",
      R"({"a":[}})",
      R"({"a":1,})",
      R"({})",
      R"([1,2])",
      R"("seq")",
      R"({"seq":1)",
      "",
  };
  int fast = 0;
  for (const auto& text : texts) {
    auto parsed = nlohmann::json::parse(text, nullptr, false);
    bool canonical = !parsed.is_discarded() && canonicalJson(parsed) == text;
    auto facts = readCanonicalEntry(text);
    if (!facts) continue;
    ++fast;
    EXPECT_TRUE(canonical) << text;
    if (!canonical) continue;
    EXPECT_EQ(facts->seq, parsed.value("seq", 0LL)) << text;
    EXPECT_EQ(facts->decisionId, parsed.value("decision_id", 0LL)) << text;
    EXPECT_EQ(facts->sealed, isSealed(parsed)) << text;
  }
  // Ordinary entries, Spanish and escapes included, take the one-pass road.
  EXPECT_GE(fast, 9);
  for (const char* ordinary : {R"({"decision_id":7,"seq":3,"title":"Planning time"})",
                               R"({"decision_id":9,"sealed":true,"seq":2})", R"({"t":"é ñ 中 😀"})",
                               R"({"t":"\u001f\u0000 \"\\\n"})", R"({})"})
    EXPECT_TRUE(readCanonicalEntry(ordinary).has_value()) << ordinary;
}

TEST(DecisionLogChain, AnEntryOnlyTheFullParseCanReadIsCheckedTheSameWay) {
  crypto::initialize();
  auto entries = chain(2);
  // A fraction keeps the one-pass reader out; the entry is still canonical and verifies.
  entries[1].entry = canonicalJson({{"seq", 2}, {"decision_id", 102}, {"share", 0.5}});
  entries[1].hash = chainHash(entries[1].prevHash, entries[1].entry);
  ASSERT_FALSE(readCanonicalEntry(entries[1].entry).has_value());
  EXPECT_TRUE(verifyChain(entries).ok);
  entries[1].entry = canonicalJson({{"seq", 3}, {"decision_id", 102}, {"share", 0.5}});
  entries[1].hash = chainHash(entries[1].prevHash, entries[1].entry);
  auto check = verifyChain(entries);
  EXPECT_FALSE(check.ok);
  EXPECT_EQ(check.reason, "its sequence number or decision does not match its content");
}

}  // namespace
}  // namespace accord::domain
