#pragma once
// Route tables, one function per API area.
#include <memory>
#include <string>

#include "http/api/live.hpp"
#include "http/api/meeting_changes.hpp"
#include "http/app.hpp"
#include "http/json_body.hpp"
#include "http/uploads.hpp"

namespace accord::http {

void addHealthRoutes(Router& router, Services services);
void addAuthRoutes(Router& router, Services services);
void addDistrictRoutes(Router& router, Services services);
void addBodyRoutes(Router& router, Services services);
void addCharterRoutes(Router& router, Services services, SubjectChanges subjects);
void addActionItemRoutes(Router& router, Services services, MeetingChanges meetings);
void addIssueRoutes(Router& router, Services services, SubjectChanges subjects);
void addDecisionRoutes(Router& router, Services services, SubjectChanges subjects);
void addMeetingRoutes(Router& router, Services services, MeetingChanges meetings, SubjectChanges subjects);
void addCommunicationRoutes(Router& router, Services services, SubjectChanges subjects);
void addCaucusRoutes(Router& router, Services services);
void addDiscussionRoutes(Router& router, Services services, SubjectChanges subjects);
void addDashboardRoutes(Router& router, Services services);
void addNotificationRoutes(Router& router, Services services, SubjectChanges subjects);
void addSelfCheckRoutes(Router& router, Services services);
void addSurveyRoutes(Router& router, Services services);
void addOutcomeRoutes(Router& router, Services services);
void addImportRoutes(Router& router, Services services, std::shared_ptr<Uploads> uploads);
void addUploadRoutes(Router& router, Services services, std::shared_ptr<Uploads> uploads);
void addAnalysisRoutes(Router& router, Services services);
void addPracticeRoutes(Router& router, Services services, std::shared_ptr<Uploads> uploads);
void addEventRoutes(Router& router, Services services);
void addHandbookRoutes(Router& router, Services services);
void addOpenApiRoute(Router& router);

// What an upload is for: a district's outcome import, or the directory.
inline constexpr const char* kDirectoryUpload = "directory_import";
std::string outcomeUpload(long long districtId);
// The file a request sends: the complete upload named by ?upload=ID, taken for `purpose`, or
// else the request body (moved out of the request).
Result<FileSource> sentFile(Uploads& uploads, Request& request, const std::string& purpose);

// The district and body of a path with {district} and {body}.
struct BodyPath {
  long long district = 0;
  long long body = 0;
};
Result<BodyPath> bodyPath(const Request& req);

// The OpenAPI document, embedded at build time from docs/openapi.json.
const char* openApiDocument();

}  // namespace accord::http
