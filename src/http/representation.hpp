#pragma once
// How an answer travels: compressed when the client accepts it, and not at all when the client
// holds it already. Applied to every answer after its handler ran, so handlers only build bodies.
#include <optional>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace accord::http {

// Bodies smaller than this go as they are: compressing them saves less than it costs.
inline constexpr std::size_t kCompressAtLeast = 1024;

enum class Encoding { kIdentity, kGzip, kBrotli };

// The coding to send, of those `acceptEncoding` (an Accept-Encoding header) allows: brotli before
// gzip, neither when refused with q=0 or not named (a `*` names both).
Encoding preferredEncoding(std::string_view acceptEncoding);
const char* encodingName(Encoding encoding);  // "br", "gzip" or "identity"

std::string gzipCompress(std::string_view data, int level);
std::string brotliCompress(std::string_view data, int quality);

// `body` in `encoding` (gzip or brotli) at the settings used for answers.
std::string compressedForm(std::string_view body, Encoding encoding);

// A weak validator for `body`: W/"…" over a BLAKE2b digest of the uncompressed bytes, so that the
// gzip and brotli forms of one answer share it.
std::string weakEtag(std::string_view body);

// Whether an If-None-Match header names `etag` (weak comparison; "*" matches anything).
bool noneMatchNames(std::string_view ifNoneMatch, std::string_view etag);

// Gives a successful GET answer that may be kept (its Cache-Control has no no-store) an ETag and
// answers 304 when the client holds it; compresses a body of a compressible type that is large
// enough, as the client's Accept-Encoding allows, and says so in Vary. A body with a
// Content-Encoding already (a precompressed file) is left as it is.
void finishRepresentation(const Request& request, Response& response);

}  // namespace accord::http
