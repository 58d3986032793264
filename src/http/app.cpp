#include "http/app.hpp"

#include <fmt/format.h>
#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdint>
#include <optional>

#include "common/crypto.hpp"
#include "http/client_address.hpp"
#include "http/json_body.hpp"
#include "http/representation.hpp"
#include "http/static_files.hpp"

namespace accord::http {

namespace {

constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

bool isStateChanging(const std::string& method) {
  return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

bool validRequestId(const std::string& id) {
  return !id.empty() && id.size() <= 64 &&
         std::all_of(id.begin(), id.end(), [](unsigned char c) { return std::isalnum(c) || c == '-' || c == '_'; });
}

bool isJsonContentType(std::string type) {
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
  auto semicolon = type.find(';');
  std::string base = type.substr(0, semicolon);
  base.erase(std::remove(base.begin(), base.end(), ' '), base.end());
  return base == "application/json";
}

std::string baseContentType(std::string type) {
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
  std::string base = type.substr(0, type.find(';'));
  base.erase(std::remove(base.begin(), base.end(), ' '), base.end());
  return base;
}

bool isUploadContentType(const std::string& type) {
  std::string base = baseContentType(type);
  return base == "text/csv" || base == "text/plain" || base == "application/octet-stream";
}

void addSecurityHeaders(Response& response) {
  response.with("Content-Security-Policy", kContentSecurityPolicy);
  response.with("X-Content-Type-Options", "nosniff");
  response.with("Referrer-Policy", "no-referrer");
  response.with("X-Frame-Options", "DENY");
  response.with("Cross-Origin-Opener-Policy", "same-origin");
}

// Sixteen hex digits that tell one request's log lines from another's. They guard nothing, so they
// come from a generator seeded once per thread rather than from the kernel for every request.
std::string newRequestId() {
  thread_local std::uint64_t state = [] {
    std::uint64_t seed = 0;
    randombytes_buf(&seed, sizeof seed);
    return seed;
  }();
  // splitmix64
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return fmt::format("{:016x}", z ^ (z >> 31));
}

// "/invitation/TOKEN" -> "/invitation/…": the web interface's pages carry ids and tokens after
// their first segment.
std::string pageForLog(const std::string& path) {
  auto second = path.find('/', 1);
  return second == std::string::npos ? path : path.substr(0, second) + "/…";
}

}  // namespace

App::App(Services services, Router router) : services_(services), router_(std::move(router)) {}

Response App::handle(Request& request) {
  auto started = std::chrono::steady_clock::now();
  std::string given = request.header("X-Request-Id");
  request.requestId = validRequestId(given) ? given : newRequestId();
  request.clientAddress = clientAddressOf(request, services_.config.trustedProxies);

  // With read replicas, a person's reads follow their own writes: the client carries where its last
  // write ended. A forged position can only send that client's own reads to the primary.
  services_.store.readAfter(request.cookie(kWroteCookie));
  Response response;
  try {
    response = dispatch(request);
  } catch (const std::exception& e) {
    services_.log.error("unhandled exception", {{"request_id", request.requestId}, {"error", e.what()}});
    response = errorResponse(internal(e.what()));
  } catch (...) {
    response = errorResponse(internal("unknown exception"));
  }

  if (auto wrote = services_.store.takeWritePosition(); !wrote.empty())
    response.with("Set-Cookie", fmt::format("{}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age=60{}", kWroteCookie, wrote,
                                            services_.config.cookieSecure ? "; Secure" : ""));
  finishRepresentation(request, response);
  addSecurityHeaders(response);
  response.with("X-Request-Id", request.requestId);
  bool hasCacheControl = std::any_of(response.headers.begin(), response.headers.end(),
                                     [](const auto& h) { return h.first == "Cache-Control"; });
  if (!hasCacheControl) response.with("Cache-Control", "no-store");
  if (request.method == "HEAD") {
    response.body.clear();
    response.keptBody.reset();
    response.stream.reset();
  }

  // A 503 is the database away (handled, and logged so that its cause shows); any other 5xx is a fault.
  LogLevel level = response.status == 503 ? LogLevel::kWarn : response.status >= 500 ? LogLevel::kError : LogLevel::kInfo;
  if (!services_.log.enabled(level)) return response;
  auto micros =
      std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count();
  // Never the query string nor a path as sent: either may carry a secret (an invitation link, a
  // calendar feed's token). Routes are logged by their pattern, pages by their first segment.
  nlohmann::json fields = {{"method", request.method},
                           {"path", request.loggedPath.empty() ? pageForLog(request.path) : request.loggedPath},
                           {"status", response.status},
                           {"duration_ms", static_cast<double>(micros) / 1000.0},
                           {"request_id", request.requestId},
                           {"client", request.clientAddress}};
  if (!response.logDetail.empty()) fields["detail"] = response.logDetail;
  if (request.anonymous) {
    // An answer to an anonymous survey: a line with its time and client would say who answered when.
    if (response.status < 500) return response;
    fields.erase("client");
    fields.erase("request_id");
    fields.erase("duration_ms");
  }
  services_.log.log(level, "request", fields);
  return response;
}

Response App::dispatch(Request& request) {
  auto match = router_.match(request);
  bool upload = match.route && match.route->body == BodyKind::kUpload;
  // One small limit for every route, files too: bodies are read before anyone is authenticated.
  // Larger files come in parts (see Uploads).
  if (request.body.size() > services_.config.maxBodyBytes)
    return jsonResponse(413, {{"error",
                               {{"code", "payload_too_large"},
                                {"message", "the request body is larger than the server accepts"},
                                {"field", "body"}}}});

  if (!match.route) {
    if (!match.pathKnown) {
      if (auto file = serveStatic(services_.config.webRoot, request)) {
        if (request.path.rfind("/assets/", 0) == 0) request.loggedPath = request.path;
        return *file;
      }
      return errorResponse(notFound("there is nothing at this address"));
    }
    return jsonResponse(405, {{"error", {{"code", "method_not_allowed"}, {"message", "method not allowed"}}}});
  }
  const Route& route = *match.route;

  if (upload && isStateChanging(request.method) && !request.body.empty() &&
      !isUploadContentType(request.header("Content-Type")))
    return jsonResponse(415, {{"error",
                               {{"code", "unsupported_media_type"},
                                {"message", "send the file as text/csv"},
                                {"field", "Content-Type"}}}});
  if (!upload && isStateChanging(request.method) && !request.body.empty() &&
      !isJsonContentType(request.header("Content-Type")))
    return jsonResponse(415, {{"error",
                               {{"code", "unsupported_media_type"},
                                {"message", "send the request body as application/json"},
                                {"field", "Content-Type"}}}});

  if (auto text = checkRequestText(request); !text.ok()) return errorResponse(text.error());

  // A request that reads pays for one snapshot, which its session lookup and its use case share.
  std::optional<domain::SharedReads> sharedReads;
  if (!isStateChanging(request.method)) sharedReads.emplace(services_.store);
  const std::string cookie = request.cookie(kSessionCookie);
  if (route.access == Access::kSession || (route.access == Access::kOptionalSession && !cookie.empty())) {
    auto caller = domain::authenticate(services_.store, services_.config, cookie, nowSeconds());
    // On a public route an ended session only means that the caller is anonymous.
    bool anonymous = route.access == Access::kOptionalSession && !caller.ok() &&
                     caller.error().code == ErrorCode::kUnauthenticated;
    if (!caller.ok() && !anonymous) return errorResponse(caller.error());
    if (!anonymous) {
      if (isStateChanging(request.method) &&
          !crypto::constantTimeEquals(request.header("X-CSRF-Token"), caller->session.csrfToken))
        return errorResponse(forbidden("the X-CSRF-Token header is missing or does not match this session"));
      request.caller = std::move(caller).value();
    }
  }
  auto response = route.handler(request);
  if (!response.ok()) return errorResponse(response.error());
  return std::move(response).value();
}

}  // namespace accord::http
