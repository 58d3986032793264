#pragma once
#include <string>
#include <vector>

#include "http/message.hpp"

namespace accord::http {

// The address of the client behind `request`: the peer itself, unless the peer is one of
// `trustedProxies`, in which case the nearest address in X-Forwarded-For that is not a trusted
// proxy. An untrusted peer's X-Forwarded-For is ignored: anyone can write one.
std::string clientAddressOf(const Request& request, const std::vector<std::string>& trustedProxies);

}  // namespace accord::http
