#pragma once
// Our small routing interface: routes are (method, pattern) pairs where a pattern's
// `{name}` segments capture into Request::params. A segment may end in fixed text after the
// capture (`{token}.ics`), which must then end the path's segment and is not captured.
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
  kOptionalSession,  // public, but a valid session cookie sets the caller (and then needs the CSRF token)
};

// kJson: a JSON body up to the configured body limit. kUpload: a file (text/csv, text/plain or
// application/octet-stream) up to the larger import limit.
enum class BodyKind { kJson, kUpload };

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/districts/{district}"
  Access access;
  Handler handler;
  BodyKind body = BodyKind::kJson;
  bool anonymous = false;  // who sent it and when must not be recorded (survey answers)
  std::vector<std::string> segments = {};  // the pattern's parts between slashes, split once when added
};

class Router {
 public:
  void add(std::string method, std::string pattern, Access access, Handler handler);
  // A signed-in route whose requests leave no trace of who sent them or when: not in the request log
  // (but for server errors, without the client). For answers to anonymous surveys.
  void addAnonymous(std::string method, std::string pattern, Handler handler);
  // A signed-in route whose request body is a file.
  void addUpload(std::string method, std::string pattern, Handler handler);

  struct Match {
    const Route* route = nullptr;
    bool pathKnown = false;  // some route has this path, with another method
  };
  // Fills request.params (and request.anonymous) when a route matches, and request.loggedPath with the pattern of any route
  // that has this path: paths may carry secrets (a calendar feed's token), patterns never do.
  Match match(Request& request) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  static void split(Route& route);

  std::vector<Route> routes_;
};

}  // namespace accord::http
