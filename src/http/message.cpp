#include "http/message.hpp"

#include <strings.h>

#include "http/json_writer.hpp"

namespace accord::http {

bool CaseInsensitiveLess::operator()(const std::string& a, const std::string& b) const {
  return strcasecmp(a.c_str(), b.c_str()) < 0;
}

std::string Request::header(const std::string& name) const {
  auto it = headers.find(name);
  return it == headers.end() ? std::string() : it->second;
}

std::string Request::cookie(const std::string& name) const {
  const std::string header = this->header("Cookie");
  std::string_view all = header;
  while (!all.empty()) {
    auto end = all.find(';');
    std::string_view pair = all.substr(0, end);
    while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
    auto eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == name) return std::string(pair.substr(eq + 1));
    if (end == std::string_view::npos) break;
    all.remove_prefix(end + 1);
  }
  return {};
}

Response jsonResponse(int status, const nlohmann::json& body) {
  Response r;
  r.status = status;
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  r.with("Content-Type", "application/json; charset=utf-8");
  return r;
}

Response jsonResponse(int status, JsonWriter&& body) {
  Response r;
  r.status = status;
  r.body = body.take();
  r.with("Content-Type", "application/json; charset=utf-8");
  return r;
}

Result<Response> revalidated(Result<Response> response) {
  if (response.ok()) response->with("Cache-Control", "private, no-cache");
  return response;
}

Response noContent() {
  Response r;
  r.status = 204;
  return r;
}

int statusOf(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalid: return 400;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kForbidden: return 403;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kConflict: return 409;
    case ErrorCode::kTooManyRequests: return 429;
    case ErrorCode::kUnavailable: return 503;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

const char* reasonPhrase(int status) {
  switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
  }
  return "Unknown";
}

namespace {
const char* codeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalid: return "invalid";
    case ErrorCode::kUnauthenticated: return "unauthenticated";
    case ErrorCode::kForbidden: return "forbidden";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kConflict: return "conflict";
    case ErrorCode::kTooManyRequests: return "too_many_requests";
    case ErrorCode::kUnavailable: return "unavailable";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

int hexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool percentDecode(std::string_view in, std::string& out, bool plusIsSpace) {
  out.clear();
  for (std::size_t i = 0; i < in.size(); ++i) {
    char c = in[i];
    if (c == '%') {
      if (i + 2 >= in.size()) return false;
      int hi = hexValue(in[i + 1]), lo = hexValue(in[i + 2]);
      if (hi < 0 || lo < 0) return false;
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    } else if (c == '+' && plusIsSpace) {
      out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return true;
}
}  // namespace

Response errorResponse(const Error& error) {
  nlohmann::json body = {{"code", codeName(error.code)}, {"message", error.message}};
  if (!error.field.empty()) body["field"] = error.field;
  Response r = jsonResponse(statusOf(error.code), {{"error", body}});
  r.logDetail = error.detail;
  // What is unavailable (the database restarting, say) is expected back soon: clients and load
  // balancers may try again after this many seconds.
  if (r.status == 503) r.with("Retry-After", kRetryAfterSeconds);
  return r;
}

bool parseTarget(std::string_view target, std::string& path, std::map<std::string, std::string>& query) {
  auto q = target.find('?');
  if (!percentDecode(target.substr(0, q), path, false)) return false;
  if (path.empty() || path.front() != '/' || path.find('\0') != std::string::npos) return false;
  if (q == std::string_view::npos) return true;
  std::string_view rest = target.substr(q + 1);
  while (!rest.empty()) {
    auto amp = rest.find('&');
    std::string_view pair = rest.substr(0, amp);
    auto eq = pair.find('=');
    std::string key, value;
    if (!percentDecode(pair.substr(0, eq), key, true)) return false;
    if (eq != std::string_view::npos && !percentDecode(pair.substr(eq + 1), value, true)) return false;
    if (!key.empty()) query[key] = value;
    if (amp == std::string_view::npos) break;
    rest.remove_prefix(amp + 1);
  }
  return true;
}

}  // namespace accord::http
