#include "http/static_files.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace accord::http {

namespace fs = std::filesystem;

namespace {

std::string mimeType(const fs::path& file) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},   {".json", "application/json; charset=utf-8"},
      {".svg", "image/svg+xml"},             {".png", "image/png"},
      {".jpg", "image/jpeg"},                {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},              {".txt", "text/plain; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
  };
  auto it = types.find(file.extension().string());
  return it == types.end() ? "application/octet-stream" : it->second;
}

std::optional<std::string> readFile(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

std::optional<Response> serveStatic(const std::string& root, const Request& request) {
  if (root.empty() || (request.method != "GET" && request.method != "HEAD")) return std::nullopt;
  // Reject any dot-dot segment outright rather than trusting normalization.
  if (request.path.find("..") != std::string::npos || request.path.find('\\') != std::string::npos)
    return std::nullopt;
  std::error_code ec;
  fs::path base = fs::weakly_canonical(root, ec);
  if (ec) return std::nullopt;
  fs::path file = base / request.path.substr(1);
  bool isAsset = request.path.rfind("/assets/", 0) == 0;
  if (request.path == "/" || !fs::is_regular_file(file, ec)) {
    // A path with an extension that is missing is a missing file, not a page.
    if (isAsset || fs::path(request.path).has_extension()) return std::nullopt;
    file = base / "index.html";
  }
  auto body = readFile(file);
  if (!body) return std::nullopt;
  Response r;
  r.body = std::move(*body);
  r.with("Content-Type", mimeType(file));
  r.with("Cache-Control", isAsset ? "public, max-age=31536000, immutable" : "no-cache");
  return r;
}

}  // namespace accord::http
