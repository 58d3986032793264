#pragma once
// Accord's own request and response: what handlers see, independent of the HTTP library.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "domain/account/use_cases.hpp"

namespace accord::http {

struct CaseInsensitiveLess {
  bool operator()(const std::string& a, const std::string& b) const;
};
using Headers = std::map<std::string, std::string, CaseInsensitiveLess>;

struct Request {
  std::string method;  // upper case
  std::string path;    // decoded, without the query
  std::map<std::string, std::string> query;
  Headers headers;
  std::string body;
  std::string clientAddress;
  std::string requestId;
  std::map<std::string, std::string> params;  // from the route pattern
  std::string loggedPath;                     // the route's pattern: what the log shows
  bool anonymous = false;                     // the route is anonymous: no log line names who or when
  std::optional<domain::Caller> caller;       // set for routes that need a session

  std::string header(const std::string& name) const;
  std::string cookie(const std::string& name) const;
};

// Where a streamed response's chunks go. Thread-safe: any thread may write.
class StreamSink {
 public:
  virtual ~StreamSink() = default;
  // Queues `chunk` for the client; false once the stream has closed (drop the sink then).
  virtual bool write(std::string chunk) = 0;
  // Runs `callback` once when the stream closes: the client went away, a write failed or the
  // server is stopping. Runs it at once if the stream has closed already.
  virtual void onClose(std::function<void()> callback) = 0;
};

// A body written over time, such as server-sent events. The server sends the status and headers,
// then calls `start` with the sink; the stream stays open until the client goes away or the
// server stops (shutdown ends open streams rather than waiting for them).
struct StreamBody {
  std::function<void(std::shared_ptr<StreamSink>)> start;
  // Written when `keepAliveSeconds` pass, so idle streams stay open and dead clients are noticed.
  std::string keepAlive;
  unsigned keepAliveSeconds = 15;
};

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  std::string logDetail;  // written to the log line, never sent
  std::shared_ptr<StreamBody> stream;  // when set, the body is streamed and `body` is ignored
  // An answer kept between requests: when set, sent as it is instead of `body`, without a copy.
  std::shared_ptr<const std::string> keptBody;

  std::string_view bodyText() const { return keptBody ? std::string_view(*keptBody) : std::string_view(body); }

  Response& with(std::string name, std::string value) {
    headers.emplace_back(std::move(name), std::move(value));
    return *this;
  }
};

Response jsonResponse(int status, const nlohmann::json& body);
class JsonWriter;
// An answer written by a JsonWriter (the large ones), sent as it was written.
Response jsonResponse(int status, JsonWriter&& body);
// Lets the browser keep a successful answer and ask again with its ETag (304 when unchanged), for
// large answers that are not confidential between the sides; every other answer is "no-store".
Result<Response> revalidated(Result<Response> response);
Response noContent();
// Renders an error as {"error": {"code", "message", "field"}} with the status its code maps to.
// Seconds a client is asked to wait (Retry-After) before trying a 503 again.
inline constexpr const char* kRetryAfterSeconds = "2";

Response errorResponse(const Error& error);
int statusOf(ErrorCode code);
const char* reasonPhrase(int status);

// Splits a request target into its decoded path and query parameters; false when malformed.
bool parseTarget(std::string_view target, std::string& path, std::map<std::string, std::string>& query);

}  // namespace accord::http
