#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace accord::http {

namespace fs = std::filesystem;

// Serves the built web interface from `root`: a file when the path names one (never outside
// `root`), else index.html for the single-page routes. Hashed assets under /assets/ are cached
// for a year; index.html is revalidated every time.
std::optional<Response> serveStatic(const std::string& root, const Request& request);

// The decoded request path as a path relative to the web root, or nothing when it is not a
// plain path: empty segments inside it ("//etc"), "." or "..", backslashes or control bytes.
std::optional<fs::path> safeRelativePath(std::string_view requestPath);

// The regular file that `requestPath` names under `root`, after following every symlink, or
// nothing when there is none or it lies outside `root`.
std::optional<fs::path> resolveInside(const fs::path& root, std::string_view requestPath);

}  // namespace accord::http
