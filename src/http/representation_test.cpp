#include "http/representation.hpp"

#include <gtest/gtest.h>

#include "http_client.hpp"

namespace accord::http {
namespace {

using testing::gunzip;
using testing::unbrotli;

std::string headerOf(const Response& r, const std::string& name) {
  for (const auto& [n, v] : r.headers)
    if (n == name) return v;
  return "";
}

Response jsonOf(std::string body) {
  Response r;
  r.body = std::move(body);
  r.with("Content-Type", "application/json; charset=utf-8");
  return r;
}

Request getWith(std::vector<std::pair<std::string, std::string>> headers) {
  Request request;
  request.method = "GET";
  request.path = "/api/v1/x";
  for (auto& [name, value] : headers) request.headers[name] = value;
  return request;
}

std::string large() {
  std::string body = "[";
  for (int i = 0; i < 500; ++i) body += "{\"year\":" + std::to_string(2000 + i % 25) + ",\"value\":41.5},";
  body.back() = ']';
  return body;
}

TEST(AcceptEncoding, BrotliIsPreferredThenGzipAndARefusalIsHonoured) {
  EXPECT_EQ(preferredEncoding("gzip, deflate, br"), Encoding::kBrotli);
  EXPECT_EQ(preferredEncoding("gzip"), Encoding::kGzip);
  EXPECT_EQ(preferredEncoding("br;q=0, gzip"), Encoding::kGzip);
  EXPECT_EQ(preferredEncoding("br;q=0.2, gzip;q=0.8"), Encoding::kGzip);
  EXPECT_EQ(preferredEncoding("GZIP ; Q=0.5"), Encoding::kGzip);
  EXPECT_EQ(preferredEncoding("*"), Encoding::kBrotli);
  EXPECT_EQ(preferredEncoding("*;q=0, gzip"), Encoding::kGzip);
  EXPECT_EQ(preferredEncoding("gzip;q=0, br;q=0"), Encoding::kIdentity);
  EXPECT_EQ(preferredEncoding("identity"), Encoding::kIdentity);
  EXPECT_EQ(preferredEncoding(""), Encoding::kIdentity);
  EXPECT_EQ(preferredEncoding("deflate"), Encoding::kIdentity);
  EXPECT_EQ(preferredEncoding("gzip;q=banana"), Encoding::kIdentity);
  EXPECT_EQ(preferredEncoding("gzip;q=2"), Encoding::kIdentity);
}

TEST(Compression, GzipAndBrotliRoundTrip) {
  std::string body = large();
  std::string gz = gzipCompress(body, 5);
  std::string br = brotliCompress(body, 4);
  EXPECT_LT(gz.size(), body.size() / 4);
  EXPECT_LT(br.size(), body.size() / 4);
  EXPECT_EQ(gunzip(gz), body);
  EXPECT_EQ(unbrotli(br), body);
  EXPECT_EQ(gunzip(gzipCompress("", 5)), "");
}

TEST(Etag, IsWeakStableAndFollowsTheBody) {
  EXPECT_EQ(weakEtag("abc"), weakEtag("abc"));
  EXPECT_NE(weakEtag("abc"), weakEtag("abd"));
  EXPECT_EQ(weakEtag("abc").substr(0, 3), "W/\"");
  EXPECT_TRUE(noneMatchNames(weakEtag("abc"), weakEtag("abc")));
  EXPECT_TRUE(noneMatchNames("\"x\", " + weakEtag("abc"), weakEtag("abc")));
  EXPECT_TRUE(noneMatchNames(weakEtag("abc").substr(2), weakEtag("abc")));  // the strong form, compared weakly
  EXPECT_TRUE(noneMatchNames("*", weakEtag("abc")));
  EXPECT_FALSE(noneMatchNames(weakEtag("abd"), weakEtag("abc")));
  EXPECT_FALSE(noneMatchNames("", weakEtag("abc")));
}

TEST(Representation, ALargeAnswerIsCompressedAsTheClientAccepts) {
  std::string body = large();
  Response br = jsonOf(body);
  finishRepresentation(getWith({{"Accept-Encoding", "gzip, br"}}), br);
  EXPECT_EQ(headerOf(br, "Content-Encoding"), "br");
  EXPECT_EQ(headerOf(br, "Vary"), "Accept-Encoding");
  EXPECT_EQ(unbrotli(br.body), body);

  Response gz = jsonOf(body);
  finishRepresentation(getWith({{"Accept-Encoding", "gzip"}}), gz);
  EXPECT_EQ(headerOf(gz, "Content-Encoding"), "gzip");
  EXPECT_EQ(gunzip(gz.body), body);

  // One validator for every form of an answer that may be kept.
  Response keptBr = jsonOf(body), keptGz = jsonOf(body);
  keptBr.with("Cache-Control", "private, no-cache");
  keptGz.with("Cache-Control", "private, no-cache");
  finishRepresentation(getWith({{"Accept-Encoding", "br"}}), keptBr);
  finishRepresentation(getWith({{"Accept-Encoding", "gzip"}}), keptGz);
  EXPECT_EQ(headerOf(keptBr, "Content-Encoding"), "br");
  EXPECT_EQ(headerOf(keptGz, "Content-Encoding"), "gzip");
  EXPECT_FALSE(headerOf(keptBr, "ETag").empty());
  EXPECT_EQ(headerOf(keptGz, "ETag"), headerOf(keptBr, "ETag"));

  Response plain = jsonOf(body);
  finishRepresentation(getWith({}), plain);
  EXPECT_EQ(headerOf(plain, "Content-Encoding"), "");
  EXPECT_EQ(headerOf(plain, "Vary"), "Accept-Encoding");
  EXPECT_EQ(plain.body, body);
}

TEST(Representation, SmallAnswersChangesAndStreamsGoAsTheyAre) {
  Response small = jsonOf("{\"ok\":true}");
  finishRepresentation(getWith({{"Accept-Encoding", "br"}}), small);
  EXPECT_EQ(small.body, "{\"ok\":true}");
  EXPECT_EQ(headerOf(small, "Content-Encoding"), "");

  Request post = getWith({{"Accept-Encoding", "br"}});
  post.method = "POST";
  Response created = jsonOf(large());
  finishRepresentation(post, created);
  EXPECT_EQ(created.body, large());
  EXPECT_EQ(headerOf(created, "ETag"), "");

  Response error = jsonOf(large());
  error.status = 404;
  finishRepresentation(getWith({{"Accept-Encoding", "br"}}), error);
  EXPECT_EQ(error.body, large());

  Response image;
  image.body = large();
  image.with("Content-Type", "image/png");
  finishRepresentation(getWith({{"Accept-Encoding", "br"}}), image);
  EXPECT_EQ(image.body, large());
  EXPECT_EQ(headerOf(image, "Vary"), "");

  Response stream = jsonOf("");
  stream.stream = std::make_shared<StreamBody>();
  finishRepresentation(getWith({{"Accept-Encoding", "br"}}), stream);
  EXPECT_EQ(headerOf(stream, "Content-Encoding"), "");
  EXPECT_EQ(headerOf(stream, "ETag"), "");
}

TEST(Representation, AClientHoldingTheAnswerGetsNotModified) {
  Response first = jsonOf(large());
  first.with("Cache-Control", "private, no-cache");
  finishRepresentation(getWith({}), first);
  std::string etag = headerOf(first, "ETag");
  ASSERT_FALSE(etag.empty());

  Response again = jsonOf(large());
  again.with("Cache-Control", "private, no-cache");
  again.with("Content-Disposition", "attachment");
  finishRepresentation(getWith({{"If-None-Match", etag}, {"Accept-Encoding", "br"}}), again);
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(headerOf(again, "ETag"), etag);
  EXPECT_EQ(headerOf(again, "Cache-Control"), "private, no-cache");
  EXPECT_EQ(headerOf(again, "Content-Type"), "");
  EXPECT_EQ(headerOf(again, "Content-Disposition"), "");

  Response changed = jsonOf(large() + " ");
  changed.with("Cache-Control", "private, no-cache");
  finishRepresentation(getWith({{"If-None-Match", etag}}), changed);
  EXPECT_EQ(changed.status, 200);
  EXPECT_EQ(changed.body, large() + " ");
}

TEST(Representation, AnAnswerKeptNowhereHasNoValidator) {
  std::string etag = weakEtag(large());
  for (const char* cacheControl : {"", "no-store", "private, no-store"}) {
    SCOPED_TRACE(cacheControl);
    Response answer = jsonOf(large());
    if (*cacheControl) answer.with("Cache-Control", cacheControl);
    finishRepresentation(getWith({{"If-None-Match", etag}, {"Accept-Encoding", "gzip"}}), answer);
    EXPECT_EQ(answer.status, 200);
    EXPECT_EQ(headerOf(answer, "ETag"), "");
    EXPECT_EQ(headerOf(answer, "Content-Encoding"), "gzip");  // still compressed
    EXPECT_EQ(gunzip(answer.body), large());
  }
}

}  // namespace
}  // namespace accord::http
