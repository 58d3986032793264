#include "domain/outcome_import/use_cases.hpp"
#include "http/api/routes.hpp"

namespace accord::http {

namespace {

// Who may begin an upload depends on what it is for; the route that takes it checks again.
Result<std::string> purposeOf(Services s, const Request& req, const json& body) {
  ACCORD_TRY(std::string purpose, requiredString(body, "purpose"));
  if (purpose == kDirectoryUpload) {
    if (!req.caller->user.admin) return forbidden("only the installation's administrators load the directory");
    return purpose;
  }
  if (purpose != "outcome_import") return invalid("purpose", "must be outcome_import or directory_import");
  ACCORD_TRY(auto district, optionalInteger(body, "district_id"));
  if (!district || *district <= 0) return invalid("district_id", "is required for an outcome import");
  ACCORD_CHECK(domain::checkImporter(s.store, *req.caller, *district));
  return outcomeUpload(*district);
}

Result<Response> beginUpload(Services s, Uploads& uploads, Request& req) {
  ACCORD_TRY(json body, parseObject(req));
  ACCORD_TRY(auto size, optionalInteger(body, "size"));
  if (!size) return invalid("size", "is required: the file's size in bytes");
  ACCORD_TRY(std::string purpose, purposeOf(s, req, body));
  ACCORD_TRY(std::string id, uploads.begin(req.caller->user.id, *size, purpose));
  return jsonResponse(201, {{"id", id}, {"size", *size}, {"received", 0},
                            {"part_size", static_cast<long long>(s.config.maxBodyBytes)}});
}

Result<Response> sendPart(Uploads& uploads, Request& req) {
  auto it = req.query.find("offset");
  long long offset = -1;
  if (it != req.query.end() && !it->second.empty() && it->second.size() < 19 &&
      it->second.find_first_not_of("0123456789") == std::string::npos)
    offset = std::stoll(it->second);
  if (offset < 0) return invalid("offset", "is required: where this part starts in the file, in bytes");
  ACCORD_TRY(long long received, uploads.append(req.caller->user.id, req.params["upload"], offset, req.body));
  return jsonResponse(200, {{"id", req.params["upload"]}, {"received", received}});
}

}  // namespace

std::string outcomeUpload(long long districtId) { return "outcome_import:" + std::to_string(districtId); }

Result<FileSource> sentFile(Uploads& uploads, Request& req, const std::string& purpose) {
  auto it = req.query.find("upload");
  if (it == req.query.end() || it->second.empty()) {
    if (req.body.empty())
      return invalid("body", "send the file as the request body, or in parts through /api/v1/uploads");
    return FileSource::ofText(std::move(req.body));
  }
  if (!req.body.empty()) return invalid("upload", "send either the file as the body or an upload, not both");
  ACCORD_TRY(auto file, uploads.take(req.caller->user.id, it->second, purpose));
  return FileSource::ofUpload(std::move(file));
}

void addUploadRoutes(Router& router, Services s, std::shared_ptr<Uploads> uploads) {
  router.add("POST", "/api/v1/uploads", Access::kSession, [s, uploads](Request& r) { return beginUpload(s, *uploads, r); });
  router.addUpload("PUT", "/api/v1/uploads/{upload}", [uploads](Request& r) { return sendPart(*uploads, r); });
}

}  // namespace accord::http
