#include "http/api/routes.hpp"

namespace accord::http {

Router buildRouter(Services services) {
  Router router;
  // Live viewers of this process's meetings and of open issues, proposals and communications; see
  // EventHub. Each person's streams of both kinds count against one quota.
  auto streams = std::make_shared<StreamQuota>(services.config.maxStreamsPerPerson);
  MeetingChanges meetings(std::make_shared<EventHub>(), streams);
  SubjectChanges subjects(std::make_shared<EventHub>(), streams);
  addHealthRoutes(router, services);
  addAuthRoutes(router, services);
  addDistrictRoutes(router, services);
  addBodyRoutes(router, services);
  addCharterRoutes(router, services);
  addActionItemRoutes(router, services, meetings);
  addIssueRoutes(router, services, subjects);
  addDecisionRoutes(router, services, subjects);
  addMeetingRoutes(router, services, meetings, subjects);
  addCommunicationRoutes(router, services, subjects);
  addCaucusRoutes(router, services);
  addDiscussionRoutes(router, services, subjects);
  addDashboardRoutes(router, services);
  addSelfCheckRoutes(router, services);
  addSurveyRoutes(router, services);
  addOutcomeRoutes(router, services);
  // Large files come in parts, gathered on this server's disk; at most two per running import.
  auto uploads = std::make_shared<Uploads>(services.config.maxImportBodyBytes, services.config.maxRunningImports * 2,
                                           std::chrono::minutes(15));
  addUploadRoutes(router, services, uploads);
  addImportRoutes(router, services, uploads);
  addAnalysisRoutes(router, services);
  addPracticeRoutes(router, services, uploads);
  addEventRoutes(router, services);
  addHandbookRoutes(router, services);
  addNotificationRoutes(router, services, subjects);
  addOpenApiRoute(router);
  return router;
}

void addOpenApiRoute(Router& router) {
  router.add("GET", "/api/v1/openapi.json", Access::kPublic, [](Request&) -> Result<Response> {
    Response r;
    r.body = openApiDocument();
    r.with("Content-Type", "application/json; charset=utf-8");
    return revalidated(r);
  });
}

}  // namespace accord::http
