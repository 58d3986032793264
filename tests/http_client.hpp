#pragma once
// A deliberately plain HTTP/1.1 client for the API tests: one connection per request,
// so tests can also send what a browser never would (oversized or malformed requests).
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace accord::testing {

struct HttpResult {
  int status = 0;  // 0 when the connection failed or closed without a response
  std::multimap<std::string, std::string> headers;  // names lower-cased
  std::string body;

  std::string header(const std::string& lowerName) const;
  // The body as sent before its Content-Encoding (gzip or br) was applied.
  std::string decodedBody() const;
  nlohmann::json json() const;
};

struct HttpRequest {
  std::string method = "GET";
  std::string target = "/";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
};

HttpResult send(std::uint16_t port, const HttpRequest& request);
// A TCP port on loopback that was free a moment ago (0 if none could be had).
int freePort();
// Sends raw bytes and reads until the server closes the connection.
HttpResult sendRaw(std::uint16_t port, const std::string& bytes);
// How long a test waits for what a stream should carry at once: long enough never to fail a slow machine.
inline constexpr int kGenerousMs = 5000;

// A connection that stays open, for streamed responses: sends the request, then reads what
// arrives, a little at a time.
class StreamReader {
 public:
  StreamReader(std::uint16_t port, const HttpRequest& request);
  ~StreamReader();
  StreamReader(const StreamReader&) = delete;
  StreamReader& operator=(const StreamReader&) = delete;

  // Reads until `text` has arrived or `timeoutMs` passed; whether it arrived.
  bool waitFor(const std::string& text, int timeoutMs);
  // Reads until the server closes the connection or `timeoutMs` passed; whether it closed.
  bool waitForClose(int timeoutMs);
  // The status and headers, once they have arrived.
  HttpResult head() const;
  const std::string& received() const { return received_; }

 private:
  bool readSome(int timeoutMs);  // false on close or timeout
  int fd_ = -1;
  bool closed_ = false;
  std::string received_;
};

// Decompress what the server compressed; a test fails when the data is not valid.
std::string gunzip(const std::string& data);
std::string unbrotli(const std::string& data);

// Whether a TCP connection to the port is accepted.
bool canConnect(std::uint16_t port);

}  // namespace accord::testing
