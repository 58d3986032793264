#include "http/kept_answers.hpp"

#include <gtest/gtest.h>

#include "http/representation.hpp"

namespace accord::http {
namespace {

std::shared_ptr<const KeptAnswers::Answer> answerOf(std::size_t size, char fill = 'x') {
  return answerToKeep(std::string(size, fill));
}

TEST(KeptAnswers, AnAnswerIsSentOnlyAtTheVersionItWasKeptAt) {
  KeptAnswers kept(1 << 20);
  EXPECT_EQ(kept.at("a", 1), nullptr);
  kept.keep("a", 1, answerOf(10));
  ASSERT_NE(kept.at("a", 1), nullptr);
  EXPECT_EQ(kept.at("a", 1)->body, std::string(10, 'x'));
  EXPECT_EQ(kept.at("a", 2), nullptr) << "the data moved on";
  EXPECT_EQ(kept.at("a", 0), nullptr);
  EXPECT_EQ(kept.at("b", 1), nullptr);
}

TEST(KeptAnswers, ANewerAnswerReplacesAnOlderOneButNeverTheOtherWay) {
  KeptAnswers kept(1 << 20);
  kept.keep("a", 2, answerOf(10, 'n'));
  kept.keep("a", 1, answerOf(20, 'o'));  // a slower request that read the data before it changed
  EXPECT_EQ(kept.at("a", 1), nullptr);
  ASSERT_NE(kept.at("a", 2), nullptr);
  EXPECT_EQ(kept.at("a", 2)->body, std::string(10, 'n'));
  kept.keep("a", 3, answerOf(30, 'm'));
  EXPECT_EQ(kept.at("a", 2), nullptr);
  EXPECT_EQ(kept.bytes(), 30u);
}

TEST(KeptAnswers, TheLeastRecentlyUsedGoFirstWhenTheBytesPassTheLimit) {
  KeptAnswers kept(1000);
  kept.keep("a", 1, answerOf(200));
  kept.keep("b", 1, answerOf(200));
  kept.keep("c", 1, answerOf(200));
  kept.keep("d", 1, answerOf(200));
  ASSERT_NE(kept.at("a", 1), nullptr);  // a is used: b is now the least recent
  kept.keep("e", 1, answerOf(250));
  EXPECT_EQ(kept.at("b", 1), nullptr);
  EXPECT_NE(kept.at("a", 1), nullptr);
  EXPECT_NE(kept.at("e", 1), nullptr);
  EXPECT_LE(kept.bytes(), 1000u);
  kept.keep("big", 1, answerOf(251));
  EXPECT_EQ(kept.at("big", 1), nullptr) << "over a quarter of the limit";
}

TEST(KeptAnswers, ACompressedFormIsMadeOnceAndKeptBesideTheAnswer) {
  KeptAnswers kept(1 << 20);
  auto answer = answerOf(5000, 'z');
  kept.keep("a", 7, answer);
  Request request;
  request.method = "GET";
  request.headers["Accept-Encoding"] = "gzip";
  Response gz = keptResponse(request, kept, "a", 7, answer);
  ASSERT_EQ(gz.bodyText(), gzipCompress(answer->body, 5));
  auto withForm = kept.at("a", 7);
  ASSERT_NE(withForm, nullptr);
  EXPECT_EQ(withForm->gzip, gz.bodyText());
  EXPECT_TRUE(withForm->brotli.empty());
  EXPECT_EQ(keptResponse(request, kept, "a", 7, withForm).bodyText(), gz.bodyText());

  Request plain;
  plain.method = "GET";
  Response identity = keptResponse(plain, kept, "a", 7, withForm);
  EXPECT_EQ(identity.bodyText(), answer->body);
  EXPECT_EQ(identity.bodyText().data(), withForm->body.data()) << "sent from the kept answer, not a copy";
  bool tagged = false;
  for (const auto& [name, value] : identity.headers) tagged = tagged || (name == "ETag" && value == answer->etag);
  EXPECT_TRUE(tagged);

  Request held = request;
  held.headers["If-None-Match"] = answer->etag;
  EXPECT_EQ(keptResponse(held, kept, "a", 7, withForm).bodyText(), answer->body)
      << "a 304 is made from it: no compressing";
}

// The answer of a request that read the version, then the data while a change was committed, may
// hold the change: it is sent, but not kept under the version read before it.
TEST(KeptAnswers, AnAnswerWrittenWhileTheVersionMovedOnIsSentButNotKept) {
  KeptAnswers kept(1 << 20);
  Request request;
  request.method = "GET";
  long long current = 4;
  int written = 0;
  auto write = [&]() -> Result<std::string> {
    ++written;
    ++current;  // a change committed while the answer was written
    return std::string("changed");
  };
  auto versionNow = [&]() -> Result<std::optional<long long>> { return std::optional<long long>(current); };
  auto first = keptOrWritten(request, kept, "a", 4, ClientCopy::kRevalidate, write, versionNow);
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->bodyText(), "changed");
  EXPECT_EQ(kept.at("a", 4), nullptr);
  EXPECT_EQ(kept.at("a", 5), nullptr) << "kept at no version it was not read at";

  auto still = [&]() -> Result<std::string> {
    ++written;
    return std::string("steady");
  };
  ASSERT_TRUE(keptOrWritten(request, kept, "a", current, ClientCopy::kRevalidate, still, versionNow).ok());
  auto again = keptOrWritten(request, kept, "a", current, ClientCopy::kRevalidate, still, versionNow);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->bodyText(), "steady");
  EXPECT_EQ(written, 2) << "the second was sent as kept";
}

TEST(KeptAnswers, AnAnswerTheClientMayNotKeepHasNoValidator) {
  KeptAnswers kept(1 << 20);
  Request request;
  request.method = "GET";
  Response r = keptResponse(request, kept, "a", 1, answerOf(10), ClientCopy::kNone);
  std::string cacheControl;
  for (const auto& [name, value] : r.headers) {
    EXPECT_NE(name, "ETag");
    if (name == "Cache-Control") cacheControl = value;
  }
  EXPECT_EQ(cacheControl, "no-store");
}

}  // namespace
}  // namespace accord::http
