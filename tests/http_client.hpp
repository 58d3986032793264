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
  nlohmann::json json() const;
};

struct HttpRequest {
  std::string method = "GET";
  std::string target = "/";
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
};

HttpResult send(std::uint16_t port, const HttpRequest& request);
// Sends raw bytes and reads until the server closes the connection.
HttpResult sendRaw(std::uint16_t port, const std::string& bytes);
// Whether a TCP connection to the port is accepted.
bool canConnect(std::uint16_t port);

}  // namespace accord::testing
