#include "http/static_files.hpp"

#include <fstream>
#include <map>
#include <sstream>

#include "http/representation.hpp"

namespace accord::http {

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

bool isInside(const fs::path& file, const fs::path& root) {
  auto [fileIt, rootIt] = std::mismatch(file.begin(), file.end(), root.begin(), root.end());
  return rootIt == root.end() && fileIt != file.end();
}

}  // namespace

std::optional<fs::path> safeRelativePath(std::string_view requestPath) {
  if (requestPath.empty() || requestPath.front() != '/') return std::nullopt;
  fs::path relative;
  std::string_view rest = requestPath.substr(1);
  while (true) {
    auto slash = rest.find('/');
    std::string_view segment = rest.substr(0, slash);
    bool last = slash == std::string_view::npos;
    // An empty segment is allowed only at the very end ("/" or a trailing slash): "//etc" would
    // otherwise become an absolute path when joined onto the root.
    if (segment.empty() && !last) return std::nullopt;
    if (segment == "." || segment == "..") return std::nullopt;
    for (char c : segment)
      if (c == '\0' || c == '\\' || static_cast<unsigned char>(c) < 0x20) return std::nullopt;
    if (!segment.empty()) relative /= fs::path(std::string(segment));
    if (last) break;
    rest.remove_prefix(slash + 1);
  }
  return relative;
}

std::optional<fs::path> resolveInside(const fs::path& root, std::string_view requestPath) {
  auto relative = safeRelativePath(requestPath);
  if (!relative || relative->empty()) return std::nullopt;
  std::error_code ec;
  fs::path base = fs::canonical(root, ec);
  if (ec) return std::nullopt;
  // canonical() follows every symlink, so a link that leads out of the root is caught below.
  fs::path file = fs::canonical(base / *relative, ec);
  if (ec || !isInside(file, base) || !fs::is_regular_file(file, ec)) return std::nullopt;
  return file;
}

std::optional<Response> serveStatic(const std::string& root, const Request& request) {
  if (root.empty() || (request.method != "GET" && request.method != "HEAD")) return std::nullopt;
  // Anything that is not a plain path (dot segments, "//", backslashes, control bytes) is refused.
  if (!safeRelativePath(request.path)) return std::nullopt;
  bool isAsset = request.path.rfind("/assets/", 0) == 0;
  std::optional<fs::path> file = resolveInside(root, request.path);
  if (!file) {
    // A path with an extension that is missing is a missing file, not a page.
    if (request.path != "/" && (isAsset || fs::path(request.path).has_extension())) return std::nullopt;
    file = resolveInside(root, "/index.html");
    if (!file) return std::nullopt;
  }
  // The build writes FILE.br and FILE.gz beside each compressible asset.
  Encoding encoding = preferredEncoding(request.header("Accept-Encoding"));
  std::optional<fs::path> precompressed;
  if (isAsset && encoding != Encoding::kIdentity)
    precompressed = resolveInside(root, request.path + (encoding == Encoding::kBrotli ? ".br" : ".gz"));
  auto body = readFile(precompressed ? *precompressed : *file);
  if (!body) return std::nullopt;
  Response r;
  r.body = std::move(*body);
  r.with("Content-Type", mimeType(*file));
  if (precompressed) r.with("Content-Encoding", encodingName(encoding));
  r.with("Cache-Control", isAsset ? "public, max-age=31536000, immutable" : "no-cache");
  return r;
}

}  // namespace accord::http
