#include "http/client_address.hpp"

#include <gtest/gtest.h>

namespace accord::http {
namespace {

Request from(const std::string& peer, const std::string& forwardedFor = "") {
  Request r;
  r.clientAddress = peer;
  if (!forwardedFor.empty()) r.headers["X-Forwarded-For"] = forwardedFor;
  return r;
}

TEST(ClientAddress, AnUntrustedPeersForwardedForIsIgnored) {
  EXPECT_EQ(clientAddressOf(from("198.51.100.7", "203.0.113.1"), {}), "198.51.100.7");
  EXPECT_EQ(clientAddressOf(from("198.51.100.7", "203.0.113.1"), {"127.0.0.1"}), "198.51.100.7");
}

TEST(ClientAddress, ATrustedProxyNamesTheClient) {
  EXPECT_EQ(clientAddressOf(from("127.0.0.1", "203.0.113.1"), {"127.0.0.1"}), "203.0.113.1");
  EXPECT_EQ(clientAddressOf(from("127.0.0.1"), {"127.0.0.1"}), "127.0.0.1");
}

TEST(ClientAddress, ForgedEntriesBeforeTheLastUntrustedHopAreIgnored) {
  // The client wrote "1.1.1.1" itself; our proxy appended the address it really came from.
  EXPECT_EQ(clientAddressOf(from("127.0.0.1", "1.1.1.1, 203.0.113.9"), {"127.0.0.1"}), "203.0.113.9");
  // Two of our proxies in a row.
  EXPECT_EQ(clientAddressOf(from("10.0.0.2", "203.0.113.9, 10.0.0.1"), {"10.0.0.1", "10.0.0.2"}), "203.0.113.9");
}

TEST(ClientAddress, GarbageInTheHeaderStopsAtTheLastTrustedHop) {
  EXPECT_EQ(clientAddressOf(from("127.0.0.1", "<script>"), {"127.0.0.1"}), "127.0.0.1");
  EXPECT_EQ(clientAddressOf(from("127.0.0.1", "203.0.113.9, "), {"127.0.0.1"}), "127.0.0.1");
}

}  // namespace
}  // namespace accord::http
