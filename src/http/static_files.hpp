#pragma once
#include <optional>
#include <string>

#include "http/message.hpp"

namespace accord::http {

// Serves the built web interface from `root`: a file when the path names one (never outside
// `root`), else index.html for the single-page routes. Hashed assets under /assets/ are cached
// for a year; index.html is revalidated every time.
std::optional<Response> serveStatic(const std::string& root, const Request& request);

}  // namespace accord::http
