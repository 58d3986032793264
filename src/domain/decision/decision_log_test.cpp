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

}  // namespace
}  // namespace accord::domain
