#include "common/log.hpp"

#include <chrono>
#include <cstdio>

#include <fmt/chrono.h>

namespace accord {

bool parseLogLevel(std::string_view text, LogLevel& out) {
  if (text == "debug") out = LogLevel::kDebug;
  else if (text == "info") out = LogLevel::kInfo;
  else if (text == "warn") out = LogLevel::kWarn;
  else if (text == "error") out = LogLevel::kError;
  else return false;
  return true;
}

namespace {
const char* levelName(LogLevel level) {
  switch (level) {
    case LogLevel::kDebug: return "debug";
    case LogLevel::kInfo: return "info";
    case LogLevel::kWarn: return "warn";
    case LogLevel::kError: return "error";
  }
  return "info";
}
}  // namespace

void Logger::log(LogLevel level, std::string_view message, nlohmann::json fields) {
  if (!enabled(level)) return;
  auto now = std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
  nlohmann::json line = {{"ts", fmt::format("{:%Y-%m-%dT%H:%M:%S}Z", now)},
                         {"level", levelName(level)},
                         {"msg", message}};
  if (fields.is_object()) line.update(fields);
  std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  std::lock_guard lock(mutex_);
  std::fprintf(stderr, "%s\n", text.c_str());
  std::fflush(stderr);
}

}  // namespace accord
