#include "http/api/routes.hpp"

namespace accord::http {

Router buildRouter(Services services) {
  Router router;
  addHealthRoutes(router, services);
  addAuthRoutes(router, services);
  addDistrictRoutes(router, services);
  addBodyRoutes(router, services);
  addCharterRoutes(router, services);
  addActionItemRoutes(router, services);
  addIssueRoutes(router, services);
  addDecisionRoutes(router, services);
  addMeetingRoutes(router, services);
  addCommunicationRoutes(router, services);
  addCaucusRoutes(router, services);
  addDashboardRoutes(router, services);
  addOutcomeRoutes(router, services);
  addImportRoutes(router, services);
  addOpenApiRoute(router);
  return router;
}

void addOpenApiRoute(Router& router) {
  router.add("GET", "/api/v1/openapi.json", Access::kPublic, [](Request&) -> Result<Response> {
    Response r;
    r.body = openApiDocument();
    r.with("Content-Type", "application/json; charset=utf-8");
    return r;
  });
}

}  // namespace accord::http
