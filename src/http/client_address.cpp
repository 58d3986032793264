#include "http/client_address.hpp"

#include <algorithm>

namespace accord::http {

namespace {

bool isTrusted(const std::string& address, const std::vector<std::string>& trusted) {
  return std::find(trusted.begin(), trusted.end(), address) != trusted.end();
}

std::string trimmed(std::string text) {
  text.erase(0, text.find_first_not_of(" \t"));
  text.erase(text.find_last_not_of(" \t") + 1);
  return text;
}

}  // namespace

std::string clientAddressOf(const Request& request, const std::vector<std::string>& trustedProxies) {
  std::string address = request.clientAddress;
  if (!isTrusted(address, trustedProxies)) return address;
  // Each proxy appends the address it received from, so the list is read from its end; the first
  // entry not written by one of ours is the client (entries before it may be forged).
  std::string forwarded = request.header("X-Forwarded-For");
  while (!forwarded.empty()) {
    auto comma = forwarded.rfind(',');
    std::string hop = trimmed(comma == std::string::npos ? forwarded : forwarded.substr(comma + 1));
    forwarded.resize(comma == std::string::npos ? 0 : comma);
    if (hop.empty() || hop.size() > 64 || hop.find_first_not_of("0123456789abcdefABCDEF.:") != std::string::npos)
      return address;  // not an address: stop at the last hop we could trust
    address = hop;
    if (!isTrusted(hop, trustedProxies)) return hop;
  }
  return address;
}

}  // namespace accord::http
