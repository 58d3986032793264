#include "http/representation.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>

#include <brotli/encode.h>
#include <sodium.h>
#include <zlib.h>

namespace accord::http {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The q-value of one Accept-Encoding element ("gzip;q=0.5"): 1 when absent, 0 when malformed.
double qualityOf(std::string_view parameters) {
  while (!parameters.empty()) {
    auto semicolon = parameters.find(';');
    std::string_view parameter = trimmed(parameters.substr(0, semicolon));
    parameters = semicolon == std::string_view::npos ? std::string_view{} : parameters.substr(semicolon + 1);
    if (parameter.size() < 2 || (parameter[0] != 'q' && parameter[0] != 'Q') || parameter[1] != '=') continue;
    std::string value(trimmed(parameter.substr(2)));
    if (value.empty() || value.size() > 5) return 0;
    char* end = nullptr;
    double q = std::strtod(value.c_str(), &end);
    if (end != value.c_str() + value.size() || q < 0 || q > 1) return 0;
    return q;
  }
  return 1;
}

bool isCompressibleType(const Response& response) {
  for (const auto& [name, value] : response.headers) {
    if (lower(name) != "content-type") continue;
    std::string type = lower(value.substr(0, value.find(';')));
    return type.rfind("text/", 0) == 0 || type == "application/json" || type == "application/javascript" ||
           type == "application/manifest+json" || type == "image/svg+xml";
  }
  return false;
}

bool hasHeader(const Response& response, std::string_view lowerName) {
  return std::any_of(response.headers.begin(), response.headers.end(),
                     [&](const auto& h) { return lower(h.first) == lowerName; });
}

// The headers a 304 repeats from the answer it stands for.
bool keptOnNotModified(const std::string& lowerName) {
  return lowerName == "cache-control" || lowerName == "etag" || lowerName == "vary" || lowerName == "expires" ||
         lowerName == "content-location";
}

// Whether the answer says that it may be kept (a Cache-Control without no-store); an answer without
// one is sent as no-store.
bool mayBeKept(const Response& response) {
  for (const auto& [name, value] : response.headers)
    if (lower(name) == "cache-control") return lower(value).find("no-store") == std::string::npos;
  return false;
}

void compress(const Request& request, Response& response, bool compressible) {
  // A kept answer comes in the form the client asked for.
  if (!compressible || response.keptBody || response.body.size() < kCompressAtLeast || request.method == "HEAD")
    return;
  Encoding encoding = preferredEncoding(request.header("Accept-Encoding"));
  if (encoding == Encoding::kIdentity) return;
  response.body = compressedForm(response.body, encoding);
  response.with("Content-Encoding", encodingName(encoding));
}

}  // namespace

Encoding preferredEncoding(std::string_view acceptEncoding) {
  double brotli = -1, gzip = -1, any = -1;
  while (!acceptEncoding.empty()) {
    auto comma = acceptEncoding.find(',');
    std::string_view element = acceptEncoding.substr(0, comma);
    acceptEncoding = comma == std::string_view::npos ? std::string_view{} : acceptEncoding.substr(comma + 1);
    auto semicolon = element.find(';');
    std::string coding = lower(trimmed(element.substr(0, semicolon)));
    double q = semicolon == std::string_view::npos ? 1 : qualityOf(element.substr(semicolon + 1));
    if (coding == "br") brotli = q;
    else if (coding == "gzip" || coding == "x-gzip") gzip = q;
    else if (coding == "*") any = q;
  }
  if (brotli < 0) brotli = any;
  if (gzip < 0) gzip = any;
  if (brotli > 0 && brotli >= gzip) return Encoding::kBrotli;
  if (gzip > 0) return Encoding::kGzip;
  return Encoding::kIdentity;
}

const char* encodingName(Encoding encoding) {
  switch (encoding) {
    case Encoding::kGzip: return "gzip";
    case Encoding::kBrotli: return "br";
    case Encoding::kIdentity: break;
  }
  return "identity";
}

std::string gzipCompress(std::string_view data, int level) {
  z_stream stream{};
  // 15 window bits + 16: a gzip header and trailer rather than zlib's.
  if (deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("gzip: deflateInit2 failed");
  std::string out(deflateBound(&stream, static_cast<uLong>(data.size())), '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&stream, Z_FINISH);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  if (rc != Z_STREAM_END) throw std::runtime_error("gzip: deflate did not finish");
  return out;
}

std::string brotliCompress(std::string_view data, int quality) {
  std::size_t size = BrotliEncoderMaxCompressedSize(data.size());
  if (size == 0) throw std::runtime_error("brotli: input too large");
  std::string out(size, '\0');
  if (!BrotliEncoderCompress(quality, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_TEXT, data.size(),
                             reinterpret_cast<const std::uint8_t*>(data.data()), &size,
                             reinterpret_cast<std::uint8_t*>(out.data())))
    throw std::runtime_error("brotli: compression failed");
  out.resize(size);
  return out;
}

std::string compressedForm(std::string_view body, Encoding encoding) {
  // Fast settings: an answer is compressed on every request (hashed assets come precompressed).
  return encoding == Encoding::kBrotli ? brotliCompress(body, 4) : gzipCompress(body, 5);
}

std::string weakEtag(std::string_view body) {
  unsigned char digest[16];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(body.data()), body.size(),
                     nullptr, 0);
  static const char* hex = "0123456789abcdef";
  std::string tag = "W/\"";
  for (unsigned char byte : digest) {
    tag += hex[byte >> 4];
    tag += hex[byte & 15];
  }
  tag += '"';
  return tag;
}

bool noneMatchNames(std::string_view ifNoneMatch, std::string_view etag) {
  auto opaque = [](std::string_view tag) {
    tag = trimmed(tag);
    if (tag.size() >= 2 && (tag[0] == 'W' || tag[0] == 'w') && tag[1] == '/') tag.remove_prefix(2);
    return tag;
  };
  std::string_view wanted = opaque(etag);
  while (!ifNoneMatch.empty()) {
    auto comma = ifNoneMatch.find(',');
    std::string_view element = trimmed(ifNoneMatch.substr(0, comma));
    ifNoneMatch = comma == std::string_view::npos ? std::string_view{} : ifNoneMatch.substr(comma + 1);
    if (element == "*" || (!element.empty() && opaque(element) == wanted)) return true;
  }
  return false;
}

void finishRepresentation(const Request& request, Response& response) {
  if (response.stream || (request.method != "GET" && request.method != "HEAD")) return;
  if (response.status != 200 || response.bodyText().empty()) return;
  bool compressible = isCompressibleType(response) && !hasHeader(response, "content-encoding");
  // Caches must keep the forms apart even when this one went uncompressed.
  if (compressible || hasHeader(response, "content-encoding")) response.with("Vary", "Accept-Encoding");

  // Only an answer that the client may keep gets a validator: one kept nowhere is never revalidated,
  // and hashing every answer cost a list page a sixth of its time.
  if (!mayBeKept(response)) {
    compress(request, response, compressible);
    return;
  }
  if (!hasHeader(response, "etag")) response.with("ETag", weakEtag(response.bodyText()));
  std::string ifNoneMatch = request.header("If-None-Match");
  if (!ifNoneMatch.empty()) {
    std::string etag;
    for (const auto& [name, value] : response.headers)
      if (lower(name) == "etag") etag = value;
    if (noneMatchNames(ifNoneMatch, etag)) {
      Response notModified;
      notModified.status = 304;
      for (auto& [name, value] : response.headers)
        if (keptOnNotModified(lower(name))) notModified.headers.emplace_back(name, value);
      notModified.logDetail = std::move(response.logDetail);
      response = std::move(notModified);
      return;
    }
  }

  compress(request, response, compressible);
}

}  // namespace accord::http
