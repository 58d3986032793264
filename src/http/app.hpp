#pragma once
// The whole of request handling, independent of the HTTP library: a pure
// handle(request) -> response that the server adapter calls on a worker thread.
#include "common/config.hpp"
#include "common/log.hpp"
#include "domain/change_feed.hpp"
#include "domain/store.hpp"
#include "http/router.hpp"

namespace accord::http {

struct Services {
  domain::Store& store;
  const Config& config;
  Logger& log;
  // Carries the changes live views follow between servers; within this process when not set.
  std::shared_ptr<domain::ChangeFeed> changes = nullptr;
};

inline constexpr const char* kSessionCookie = "accord_session";
// Where the client's last write ended in the database's log, for reads on replicas (a minute).
inline constexpr const char* kWroteCookie = "accord_wrote";

class App {
 public:
  App(Services services, Router router);

  // Request id, limits, content type, routing, sessions and CSRF, the handler, security
  // headers and one log line. Never throws.
  Response handle(Request& request);

  const Router& router() const { return router_; }

 private:
  Response dispatch(Request& request);

  Services services_;
  Router router_;
};

// Every route Accord serves.
Router buildRouter(Services services);

}  // namespace accord::http
