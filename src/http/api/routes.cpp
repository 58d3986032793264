#include "http/api/routes.hpp"

namespace accord::http {

Router buildRouter(Services services) {
  Router router;
  // Live viewers of meetings and of open issues, proposals and communications, told of every
  // server's changes by the feed.
  auto views = connectLiveViews(services.changes ? services.changes : domain::localChangeFeed(),
                                services.config.maxStreamsPerPerson);
  MeetingChanges meetings(views);
  SubjectChanges subjects(views);
  addHealthRoutes(router, services);
  addAuthRoutes(router, services);
  addDistrictRoutes(router, services);
  addBodyRoutes(router, services);
  addCharterRoutes(router, services, subjects);
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

Result<BodyPath> bodyPath(const Request& req) {
  BodyPath p;
  ACCORD_TRY(p.district, pathId(req, "district", "district"));
  ACCORD_TRY(p.body, pathId(req, "body", "body"));
  return p;
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
