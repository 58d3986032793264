#include "http/api/routes.hpp"

namespace accord::http {

void addHealthRoutes(Router& router, Services services) {
  router.add("GET", "/healthz", Access::kPublic, [](Request&) -> Result<Response> { return jsonResponse(200, {{"status", "ok"}}); });
  router.add("GET", "/readyz", Access::kPublic, [services](Request&) -> Result<Response> {
    auto ping = services.store.ping();
    if (!ping.ok()) {
      Response r = jsonResponse(503, {{"status", "unavailable"}, {"database", services.store.backend()}});
      r.logDetail = ping.error().detail;
      r.with("Retry-After", kRetryAfterSeconds);
      return r;
    }
    return jsonResponse(200, {{"status", "ok"}, {"database", services.store.backend()}});
  });
}

}  // namespace accord::http
