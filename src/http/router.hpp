#pragma once
// Our small routing interface: routes are (method, pattern) pairs where a pattern's
// `{name}` segments capture into Request::params.
#include <functional>
#include <string>
#include <vector>

#include "http/message.hpp"

namespace accord::http {

// A handler's error becomes the JSON error response its code maps to.
using Handler = std::function<Result<Response>(Request&)>;

enum class Access {
  kPublic,   // no session needed
  kSession,  // a valid session cookie; state-changing methods also need the CSRF token
};

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/districts/{district}"
  Access access;
  Handler handler;
};

class Router {
 public:
  void add(std::string method, std::string pattern, Access access, Handler handler);

  struct Match {
    const Route* route = nullptr;
    bool pathKnown = false;  // some route has this path, with another method
  };
  // Fills request.params when a route matches.
  Match match(Request& request) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

}  // namespace accord::http
